package dev.tenkai.analysis;

/** What a capacity line counts. */
public enum CapacityUnit {
  /** Servers of a server group. */
  SERVERS,
  /** Nodes of a cache. */
  CACHE_NODES
}
