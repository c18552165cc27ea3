package dev.tenkai.analysis;

import dev.tenkai.model.Durations;
import java.time.Duration;
import java.util.Locale;

/**
 * The sentences an {@link Outage} explains itself with: what degrades an entry point (failing
 * sticky sessions, a failover, lost cache data, short capacity) and why a link broke.
 */
final class OutageNotes {
  private OutageNotes() {}

  static String stickySessions(String lb, BalancerOutcome o) {
    return String.format(
        Locale.ROOT,
        "%s: %s of sticky sessions are bound to lost servers and fail until re-bound (%s to %s)",
        lb,
        percent(o.failingSessionShare()),
        human(o.rebindAfter()),
        human(o.rebindAtMost()));
  }

  static String zonesWithoutBackend(String lb, BalancerOutcome o) {
    return String.format(
        Locale.ROOT,
        "%s: its node(s) in zone %s have no server to route to%s: %s of requests fail until withdrawn from DNS",
        lb,
        String.join(", ", o.zonesWithoutBackend()),
        o.crossZone() ? "" : " (cross-zone off)",
        percent(o.requestShareWithoutBackend()));
  }

  static String capacityShort(Capacity c) {
    return String.format(
        Locale.ROOT, "%s: %d of %d servers reachable, the service needs %d", c.resource(), c.left(), c.before(), c.needed());
  }

  static String failover(DatabaseOutcome o) {
    return String.format(
        Locale.ROOT,
        "%s fails over to its standby in zone %s (expected %s to %s of errors)",
        o.name(),
        o.servingZone().orElseThrow(),
        human(o.failoverTimeMin()),
        human(o.failoverTimeMax()));
  }

  static String cacheDataLost(CacheOutcome o) {
    return String.format(
        Locale.ROOT,
        "%s loses %s of its data (not replicated across zones): misses fall to the database",
        o.name(),
        percent(o.dataLostShare()));
  }

  /** {@code 0.5} as {@code "50%"}, one decimal when needed. */
  static String percent(double share) {
    double p = share * 100;
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** A duration in the analyses' prose ({@link Durations#prose}): {@code 90 s}, {@code 10 min}. */
  static String human(Duration d) {
    return Durations.prose(d);
  }
}
