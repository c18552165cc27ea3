package dev.tenkai.model;

/** The shape of a topology's egress, derived from its NATs. */
public enum EgressMode {
  /** No NAT: private hosts cannot reach the internet. */
  NONE,
  /** One NAT instance serving every zone (the seed's single point of failure). */
  SINGLE_NAT_INSTANCE,
  /** One NAT instance per zone, each serving its own zone. */
  NAT_INSTANCE_PER_ZONE,
  /** One managed NAT gateway per zone, each serving its own zone. */
  NAT_GATEWAY_PER_ZONE,
  /** Any other arrangement (e.g. one gateway serving several zones). */
  MIXED
}
