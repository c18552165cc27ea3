package dev.tenkai.graph;

/** What a node of the topology graph stands for. */
public enum NodeKind {
  /** The internet: where users and administrators come from, where egress goes. */
  INTERNET,
  /** A DNS record: an entry point of the service. */
  DNS_RECORD,
  /** A load balancer. */
  LOAD_BALANCER,
  /** A server group. */
  SERVER_GROUP,
  /** A relational database. */
  DATABASE,
  /** A cache. */
  CACHE,
  /** A NAT. */
  NAT,
  /** The bastion. */
  BASTION
}
