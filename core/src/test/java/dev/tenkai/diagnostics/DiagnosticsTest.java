package dev.tenkai.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * A library user without an SLF4J backend (core's own test class path has none) must see nothing
 * from Tenkai's diagnostics: not a log line, not SLF4J's "Failed to load class" warning. Checked
 * in a fresh JVM, since SLF4J prints its warning once per JVM.
 */
class DiagnosticsTest {
  /** Runs Tenkai's logged entry points, or (with "direct") asks SLF4J for a logger itself. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("direct")) {
      LoggerFactory.getLogger(DiagnosticsTest.class).debug("probe");
    } else {
      BuiltInRules.validator().validate(ReferenceTopologies.modern());
      ZoneFailure.analyze(ReferenceTopologies.modern(), Set.of("a"));
      SinglePointsOfFailure.of(ReferenceTopologies.modern());
    }
    System.out.println("probe done");
  }

  private static String[] probe(String mode) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        DiagnosticsTest.class.getName(), mode)).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return new String[] {out, err};
  }

  @Test
  void withoutABackendTenkaiLogsNothingAndSlf4jWarnsNothing() throws Exception {
    assertThat(Diagnostics.backendPresent()).isFalse();
    assertThat(Diagnostics.logger(DiagnosticsTest.class)).isSameAs(NOPLogger.NOP_LOGGER);
    String[] tenkai = probe("tenkai");
    assertThat(tenkai[0]).contains("probe done");
    assertThat(tenkai[1]).isEmpty();
  }

  @Test
  void theProbeWouldSeeSlf4jsWarning() throws Exception {
    // The control: asking SLF4J directly, as a library that ignored its users would, warns.
    assertThat(probe("direct")[1]).contains("SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\"");
  }
}
