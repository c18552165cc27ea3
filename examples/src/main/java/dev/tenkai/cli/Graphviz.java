package dev.tenkai.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Graphviz's {@code dot} program, run as a separate process to turn DOT into SVG. */
final class Graphviz {
  private static final long TIMEOUT_SECONDS = 60;

  private final String executable;

  /** {@code executable} is {@code dot} (found on the PATH) or a path to it. */
  Graphviz(String executable) {
    this.executable = executable;
  }

  /**
   * The SVG of {@code dot}.
   *
   * @throws CommandFailure when {@code dot} is not installed, fails or takes too long
   */
  String toSvg(String dot) {
    Path svg = null;
    Path errors = null;
    try {
      svg = Files.createTempFile("tenkai-", ".svg");
      errors = Files.createTempFile("tenkai-", ".err");
      Process p;
      try {
        // Output goes to files, not pipes, so a large picture cannot fill a pipe and stall dot.
        p = new ProcessBuilder(executable, "-Tsvg")
            .redirectOutput(svg.toFile())
            .redirectError(errors.toFile())
            .start();
      } catch (IOException e) {
        throw new CommandFailure(
            "Graphviz's '" + executable + "' program was not found, so no SVG can be drawn. "
                + "Install Graphviz (Debian/Ubuntu: apt-get install graphviz) "
                + "or use --format dot or --format mermaid.");
      }
      IOException writeFailure = null;
      try (OutputStream in = p.getOutputStream()) {
        in.write(dot.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // dot may exit before reading all of its input (a broken pipe); its exit code and
        // message below say why, which is what the user needs.
        writeFailure = e;
      }
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new CommandFailure("Graphviz took more than " + TIMEOUT_SECONDS + " s and was stopped");
      }
      if (p.exitValue() != 0) {
        throw new CommandFailure(
            "Graphviz failed (exit " + p.exitValue() + "): " + Files.readString(errors).strip());
      }
      if (writeFailure != null) {
        throw writeFailure;
      }
      return Files.readString(svg);
    } catch (IOException e) {
      throw new CommandFailure("cannot run Graphviz: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while Graphviz was drawing");
    } finally {
      delete(svg);
      delete(errors);
    }
  }

  private static void delete(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // A leftover temporary file is harmless; the picture matters more.
      }
    }
  }
}
