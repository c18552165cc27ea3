package dev.tenkai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of {@code tenkai}: its exit code and what it printed. */
final class CommandRun {
  final int exitCode;
  final String out;
  final String err;

  private CommandRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CommandRun of(String... args) {
    return with(CommandLine.defaultFactory(), args);
  }

  /** A run whose commands and options {@code factory} makes (to replace the terminal or the credentials). */
  static CommandRun with(CommandLine.IFactory factory, String... args) {
    CommandLine cmd = TenkaiCommand.commandLine(factory);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
