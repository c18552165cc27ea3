package dev.tenkai.model;

/** How a NAT is realized. */
public enum NatKind {
  /** A host running NAT (the seed's 2012 choice): an instance class, an Elastic IP, a SPOF. */
  INSTANCE,
  /** A managed NAT gateway with an Elastic IP. */
  GATEWAY
}
