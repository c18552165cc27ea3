package dev.tenkai.analysis;

/** What a failure leaves of one resource, for reports and diagrams. */
public enum ResourceState {
  /** Nothing of it was lost. */
  UP,
  /** Part of it was lost (a zone's nodes, the database's standby) or it failed over. */
  DEGRADED,
  /** Nothing of it is left (or, for an entry point, it no longer answers). */
  DOWN
}
