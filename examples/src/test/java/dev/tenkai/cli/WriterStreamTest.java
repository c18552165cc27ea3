package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WriterStreamTest {
  @Test
  void bytesReachTheWriterAsWholeUtf8Lines() {
    StringWriter target = new StringWriter();
    PrintStream stream = WriterStream.of(new PrintWriter(target));
    byte[] zone = "展開 → zone a\n".getBytes(StandardCharsets.UTF_8);
    // Byte by byte, so a multi-byte character arrives split: it must still decode whole.
    for (byte b : zone) {
      stream.write(b);
    }
    stream.println("[1/2] vpc done");
    assertThat(target.toString()).isEqualTo("展開 → zone a\n[1/2] vpc done" + System.lineSeparator());
  }

  @Test
  void flushPassesOnAPartialLine() {
    StringWriter target = new StringWriter();
    PrintStream stream = WriterStream.of(new PrintWriter(target));
    stream.print("Apply these changes? ");
    stream.flush();
    assertThat(target.toString()).isEqualTo("Apply these changes? ");
  }
}
