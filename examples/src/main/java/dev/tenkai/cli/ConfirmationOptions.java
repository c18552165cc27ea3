package dev.tenkai.cli;

import java.util.Locale;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * {@code --auto-approve} and the question asked without it: apply and destroy change real
 * infrastructure, so they go ahead only when a person typed "yes" or the command line says so.
 * Without a terminal and without {@code --auto-approve} they refuse rather than wait for an
 * answer that cannot come.
 */
public final class ConfirmationOptions {
  @Option(names = "--auto-approve", description = "Go ahead without asking (for scripts and CI).")
  boolean autoApprove;

  /** Who is asked; replaced in tests. */
  Terminal terminal = Terminal.system();

  /**
   * Refuses at once when nobody could be asked: call before any slow work.
   *
   * @throws CommandFailure with exit code 2 when there is no terminal and no --auto-approve
   */
  void requireAnswerable(String verb) {
    if (!autoApprove && !terminal.present()) {
      throw new CommandFailure(verb + " needs a confirmation, but there is no terminal to ask on: review what it would do with "
          + "'tenkai plan' and re-run with --auto-approve", ExitCode.USAGE);
    }
  }

  /**
   * Whether to go ahead: true with --auto-approve, else only when the person answers "yes".
   *
   * @throws CommandFailure with exit code 2 when there is no terminal and no --auto-approve
   */
  boolean confirmed(String verb, String question) {
    if (autoApprove) {
      return true;
    }
    requireAnswerable(verb);
    String answer = terminal.ask(question + "\n  Only 'yes' will be accepted: ").orElse("");
    return answer.trim().toLowerCase(Locale.ROOT).equals("yes");
  }
}
