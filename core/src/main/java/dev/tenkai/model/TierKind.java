package dev.tenkai.model;

/** Whether a tier's subnets face the internet. */
public enum TierKind {
  /** Reachable from the internet through the internet gateway (load balancer, NAT, bastion). */
  PUBLIC,
  /** Not reachable from the internet (servers, database, cache). */
  PRIVATE
}
