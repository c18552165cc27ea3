package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalTime;
import org.immutables.value.Value;

/** A window that recurs every day, in UTC (e.g. a backup window). */
@Value.Immutable
@JsonSerialize(as = ImmutableDailyWindow.class)
@JsonDeserialize(as = ImmutableDailyWindow.class)
public abstract class DailyWindow {
  /** Start, UTC. */
  public abstract LocalTime startUtc();

  /** Length. */
  public abstract Duration duration();

  @Value.Check
  protected void check() {
    InvalidTopologyException.check(
        !duration().isNegative() && !duration().isZero() && duration().toHours() < 24,
        "window.duration",
        "must be positive and under 24 hours, got %s",
        duration());
  }

  /** A window from {@code startUtc} lasting {@code duration}. */
  public static DailyWindow of(LocalTime startUtc, Duration duration) {
    return ImmutableDailyWindow.builder().startUtc(startUtc).duration(duration).build();
  }
}
