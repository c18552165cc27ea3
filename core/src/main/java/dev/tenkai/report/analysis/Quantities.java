package dev.tenkai.report.analysis;

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

  /** A duration for people: {@code 35 s}, {@code 10 min}, {@code 2 h}, {@code 1 d}, {@code 1 h 5 min}. */
  static String human(Duration d) {
    long s = d.getSeconds();
    if (s < 600) {
      return s + " s";
    }
    long days = s / 86_400;
    long hours = s % 86_400 / 3600;
    long minutes = s % 3600 / 60;
    long seconds = s % 60;
    StringBuilder out = new StringBuilder();
    if (days > 0) {
      out.append(days).append(" d ");
    }
    if (hours > 0) {
      out.append(hours).append(" h ");
    }
    if (minutes > 0) {
      out.append(minutes).append(" min ");
    }
    if (seconds > 0) {
      out.append(seconds).append(" s ");
    }
    return out.toString().trim();
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
