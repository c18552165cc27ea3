package dev.tenkai.aws.rules;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as AWS takes them: whole seconds. */
final class Seconds {
  private Seconds() {}

  /** Whether {@code d} is a whole number of seconds. */
  static boolean whole(Duration d) {
    return d.getNano() == 0;
  }

  /** {@code d} in seconds, without a trailing ".0" ({@code 30}, {@code 2.5}). */
  static String text(Duration d) {
    return BigDecimal.valueOf(d.getSeconds())
        .add(BigDecimal.valueOf(d.getNano(), 9))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Whether {@code d} is a whole number of seconds within {@code [min, max]}. */
  static boolean wholeWithin(Duration d, long min, long max) {
    return whole(d) && d.getSeconds() >= min && d.getSeconds() <= max;
  }
}
