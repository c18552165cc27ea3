package dev.tenkai.model;

/** How a server group is restarted or redeployed. */
public enum RestartStrategy {
  /** Every server at once (the seed's deploy tool: every backend detached, 502). */
  ALL_AT_ONCE,
  /** One zone after another. */
  ZONE_BY_ZONE,
  /** In batches of {@link RestartPolicy#batchSize()} servers. */
  BATCHES
}
