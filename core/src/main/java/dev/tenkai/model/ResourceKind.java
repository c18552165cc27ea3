package dev.tenkai.model;

/** The kinds of named resource a topology holds; each name is also a role for firewall rules. */
public enum ResourceKind {
  /** A server group. */
  SERVER_GROUP,
  /** A load balancer. */
  LOAD_BALANCER,
  /** A relational database. */
  DATABASE,
  /** A cache. */
  CACHE,
  /** A NAT. */
  NAT,
  /** The bastion. */
  BASTION
}
