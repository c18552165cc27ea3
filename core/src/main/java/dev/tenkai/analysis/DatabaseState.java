package dev.tenkai.analysis;

/** What a failure does to a database. */
public enum DatabaseState {
  /** Primary and standby (if any) both survive. */
  UNAFFECTED,
  /** The primary survives; the standby is gone, so the next failure is fatal. */
  STANDBY_LOST,
  /** The primary is gone and the standby takes over after the expected failover time. */
  FAILED_OVER,
  /** Neither primary nor standby survives (or there is no standby). */
  UNAVAILABLE
}
