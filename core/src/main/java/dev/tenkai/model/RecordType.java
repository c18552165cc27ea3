package dev.tenkai.model;

/** A DNS record type. */
public enum RecordType {
  /** IPv4 address (or an alias to a resource answering with IPv4). */
  A,
  /** IPv6 address (or an alias to a resource answering with IPv6). */
  AAAA,
  /** Canonical name: never at the zone apex, never beside another record of the same name. */
  CNAME,
  /** Text. */
  TXT,
  /** Mail exchanger. */
  MX
}
