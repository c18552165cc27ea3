package dev.tenkai.report.analysis;

import dev.tenkai.model.Durations;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the reports write shares, durations and counts per zone. */
final class Quantities {
  private Quantities() {}

  /** {@code 0.5} as {@code 50%}, one decimal when needed. */
  static String percent(double share) {
    double p = share * 100;
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** A duration in the analyses' prose ({@link Durations#prose}): {@code 35 s}, {@code 10 min}. */
  static String human(Duration d) {
    return Durations.prose(d);
  }

  /** {@code {a=1, c=2}} as {@code a:1 c:2}. */
  static String perZone(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
  }

  /** An enum constant as lower-case words: {@code FAILED_OVER} as {@code failed over}. */
  static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
