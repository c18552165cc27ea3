package dev.tenkai.model;

/** A load-balancer listener's protocol. */
public enum ListenerProtocol {
  /** Plain HTTP. */
  HTTP,
  /** HTTP over TLS. */
  HTTPS
}
