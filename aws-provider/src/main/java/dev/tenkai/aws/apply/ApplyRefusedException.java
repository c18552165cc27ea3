package dev.tenkai.aws.apply;

/** Thrown when apply will not start: the topology has validation errors and no override. */
public final class ApplyRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refusal saying why. */
  public ApplyRefusedException(String message) {
    super(message);
  }
}
