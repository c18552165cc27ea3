package dev.tenkai.model;

import java.time.Duration;

/**
 * Durations written for people: the one formatter of Tenkai's output. Two notations of the same
 * units: compact in findings, plans and diagrams ({@code 20s}, {@code 1m30s}, {@code 30d}), spelled
 * out in the analyses' prose ({@code 35 s}, {@code 10 min}, {@code 1 h 5 min}).
 */
public final class Durations {
  private Durations() {}

  /**
   * {@code d} as days, hours, minutes and seconds, largest first, zero parts left out:
   * {@code 0s}, {@code 20s}, {@code 1m30s}, {@code 1d1h}; under a second in milliseconds
   * ({@code 500ms}); negative with a minus sign.
   */
  public static String compact(Duration d) {
    if (d.isNegative()) {
      return "-" + compact(d.negated());
    }
    if (d.isZero()) {
      return "0s";
    }
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return d.toMillis() + "ms";
    }
    StringBuilder out = new StringBuilder();
    append(out, d.toDays(), "d", "");
    append(out, d.toHoursPart(), "h", "");
    append(out, d.toMinutesPart(), "m", "");
    append(out, d.toSecondsPart(), "s", "");
    return out.toString();
  }

  /**
   * {@code d} in whole seconds below ten minutes ({@code 35 s}, {@code 130 s}: the unit a reader
   * of a restart timeline adds up), above as days, hours, minutes and seconds, zero parts left
   * out ({@code 10 min}, {@code 1 h 5 min}, {@code 2 d}).
   */
  public static String prose(Duration d) {
    long s = d.getSeconds();
    if (s < 600) {
      return s + " s";
    }
    StringBuilder out = new StringBuilder();
    append(out, s / 86_400, "d", " ");
    append(out, s % 86_400 / 3600, "h", " ");
    append(out, s % 3600 / 60, "min", " ");
    append(out, s % 60, "s", " ");
    return out.toString();
  }

  private static void append(StringBuilder out, long amount, String unit, String space) {
    if (amount > 0) {
      out.append(out.length() > 0 ? space : "").append(amount).append(space).append(unit);
    }
  }
}
