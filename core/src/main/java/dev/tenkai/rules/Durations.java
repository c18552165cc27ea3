package dev.tenkai.rules;

import java.time.Duration;

/** Durations written the way findings show them to people: {@code 20s}, {@code 1m30s}, {@code 30d}. */
public final class Durations {
  private Durations() {}

  /** {@code d} as days, hours, minutes and seconds, largest first, zero parts left out. */
  public static String text(Duration d) {
    if (d.isNegative()) {
      return "-" + text(d.negated());
    }
    if (d.isZero()) {
      return "0s";
    }
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return d.toMillis() + "ms";
    }
    StringBuilder out = new StringBuilder();
    append(out, d.toDays(), "d");
    append(out, d.toHoursPart(), "h");
    append(out, d.toMinutesPart(), "m");
    append(out, d.toSecondsPart(), "s");
    return out.toString();
  }

  private static void append(StringBuilder out, long amount, String unit) {
    if (amount > 0) {
      out.append(amount).append(unit);
    }
  }
}
