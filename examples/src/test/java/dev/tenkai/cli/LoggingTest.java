package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.diagnostics.Diagnostics;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command, and only the command, binds SLF4J; TENKAI_LOG chooses how much it says. */
class LoggingTest {
  private static final List<String> KEYS = List.of("org.slf4j.simpleLogger.log.dev.tenkai",
      "org.slf4j.simpleLogger.defaultLogLevel", "org.slf4j.simpleLogger.logFile");

  private final Properties saved = new Properties();

  @BeforeEach
  void clear() {
    KEYS.forEach(k -> {
      if (System.getProperty(k) != null) {
        saved.setProperty(k, System.getProperty(k));
      }
      System.clearProperty(k);
    });
  }

  @AfterEach
  void restore() {
    KEYS.forEach(System::clearProperty);
    saved.forEach((k, v) -> System.setProperty((String) k, (String) v));
  }

  @Test
  void theCommandHasABackend() {
    assertThat(Diagnostics.backendPresent()).isTrue();
  }

  @Test
  void byDefaultTenkaiWarnsAndTheSdkOnlyErrs() {
    TenkaiCommand.configureLogging(null);
    assertThat(System.getProperty("org.slf4j.simpleLogger.log.dev.tenkai")).isEqualTo("warn");
    assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("error");
    assertThat(System.getProperty("org.slf4j.simpleLogger.logFile")).isEqualTo("System.err");
  }

  @Test
  void tenkaiLogDebugOpensTenkaisDiagnosticsAndTheSdksWarnings() {
    TenkaiCommand.configureLogging(" DEBUG ");
    assertThat(System.getProperty("org.slf4j.simpleLogger.log.dev.tenkai")).isEqualTo("debug");
    assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("warn");
  }

  @Test
  void aPropertyOnTheJavaCommandLineWins() {
    System.setProperty("org.slf4j.simpleLogger.log.dev.tenkai", "trace");
    TenkaiCommand.configureLogging("error");
    assertThat(System.getProperty("org.slf4j.simpleLogger.log.dev.tenkai")).isEqualTo("trace");
  }
}
