package dev.tenkai.analysis;

/** Whether an entry point still answers after a failure. */
public enum ServiceStatus {
  /** Every request is answered as before. */
  SERVED,
  /** Still answered, but some requests fail for a while or capacity is short; see the notes. */
  DEGRADED,
  /** No request is answered: a link of its chain has nothing left. */
  UNAVAILABLE;

  /** Whether the entry point still answers (served or degraded). */
  public boolean served() {
    return this != UNAVAILABLE;
  }
}
