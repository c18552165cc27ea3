package dev.tenkai.report.findings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a findings report comes in. */
public enum ReportFormat {
  /** Text for people, grouped by severity. */
  TEXT,
  /** Tenkai's own JSON form. */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF;

  /**
   * The format named {@code name} ({@code text}, {@code json} or {@code sarif}, any case).
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static ReportFormat parse(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format '" + name + "'; choose one of "
        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }
}
