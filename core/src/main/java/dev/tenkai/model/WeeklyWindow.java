package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.immutables.value.Value;

/** A window that recurs every week, in UTC (e.g. a maintenance window). */
@Value.Immutable
@JsonSerialize(as = ImmutableWeeklyWindow.class)
@JsonDeserialize(as = ImmutableWeeklyWindow.class)
public abstract class WeeklyWindow {
  /** Day of the start, UTC. */
  public abstract DayOfWeek day();

  /** Start, UTC. */
  public abstract LocalTime startUtc();

  /** Length. */
  public abstract Duration duration();

  @Value.Check
  protected void check() {
    InvalidTopologyException.check(
        !duration().isNegative() && !duration().isZero() && duration().toDays() < 7,
        "window.duration",
        "must be positive and under 7 days, got %s",
        duration());
  }

  /** A window on {@code day} from {@code startUtc} lasting {@code duration}. */
  public static WeeklyWindow of(DayOfWeek day, LocalTime startUtc, Duration duration) {
    return ImmutableWeeklyWindow.builder().day(day).startUtc(startUtc).duration(duration).build();
  }
}
