package dev.tenkai.aws;

/** Another apply or destroy of the same stack holds its lock; the message says who and since when. */
public final class StackLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public StackLockedException(String message) {
    super(message);
  }
}
