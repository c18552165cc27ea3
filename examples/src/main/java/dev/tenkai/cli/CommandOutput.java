package dev.tenkai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's result goes: standard output, or a file named by {@code --output}. */
final class CommandOutput {
  private CommandOutput() {}

  /** Prints {@code text}, or writes it to {@code output} and says so on standard error. */
  static void emit(CommandSpec spec, Path output, String text) {
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return;
    }
    try {
      Files.writeString(output, text);
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + output + ": " + e.getMessage());
    }
    spec.commandLine().getErr().println("wrote " + output);
    spec.commandLine().getErr().flush();
  }

  /** Whether to colour text: a terminal on both ends and no NO_COLOR in the environment. */
  static boolean colourWanted() {
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }
}
