package dev.tenkai.model;

/** The protocol a firewall rule admits. */
public enum IpProtocol {
  /** TCP. */
  TCP,
  /** UDP. */
  UDP,
  /** ICMP (ports do not apply). */
  ICMP,
  /** Every protocol and port. */
  ALL
}
