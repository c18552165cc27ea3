package dev.tenkai.cli;

import picocli.CommandLine;

/**
 * A command that could not do its job for a reason the user can act on (a missing tool, a file
 * that cannot be written); printed as one line, without a stack trace.
 */
public final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A failure with exit code 1. */
  public CommandFailure(String message) {
    this(message, CommandLine.ExitCode.SOFTWARE);
  }

  /** A failure with {@code exitCode}. */
  public CommandFailure(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The process exit code. */
  public int exitCode() {
    return exitCode;
  }
}
