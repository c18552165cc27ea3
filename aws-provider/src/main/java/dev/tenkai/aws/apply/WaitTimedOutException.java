package dev.tenkai.aws.apply;

/** A resource was not ready, or not gone, by its kind's deadline. */
public final class WaitTimedOutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception saying what was awaited and for how long. */
  public WaitTimedOutException(String message) {
    super(message);
  }
}
