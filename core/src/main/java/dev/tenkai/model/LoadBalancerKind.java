package dev.tenkai.model;

/** The generation of load balancer. */
public enum LoadBalancerKind {
  /** An application (layer 7) load balancer: today's choice. */
  APPLICATION,
  /** A classic load balancer (the seed's 2012 ELB). */
  CLASSIC
}
