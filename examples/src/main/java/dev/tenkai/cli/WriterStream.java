package dev.tenkai.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A byte stream onto a command's {@link PrintWriter}: the provider's progress printer writes to a
 * {@link PrintStream}, and a command's output must go to picocli's writer (which tests capture).
 * Bytes are decoded as UTF-8 a whole line at a time, so a character is never split.
 */
final class WriterStream extends OutputStream {
  private final PrintWriter writer;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  private WriterStream(PrintWriter writer) {
    this.writer = writer;
  }

  /** A UTF-8 print stream writing to {@code writer}. */
  static PrintStream of(PrintWriter writer) {
    return new PrintStream(new WriterStream(writer), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    line.write(b);
    if (b == '\n') {
      flush();
    }
  }

  @Override
  public synchronized void flush() {
    if (line.size() > 0) {
      writer.write(line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
    writer.flush();
  }
}
