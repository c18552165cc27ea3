package dev.tenkai.graph;

/** Why an edge of the topology graph exists. */
public enum FlowKind {
  /** Requests of the service: DNS to load balancer to servers to database and cache. */
  TRAFFIC,
  /** Outbound connections from private hosts through a NAT to the internet. */
  EGRESS,
  /** Administration: internet to bastion, bastion to hosts. */
  ADMIN
}
