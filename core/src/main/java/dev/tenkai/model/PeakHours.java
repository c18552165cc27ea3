package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * The service's busy hours in its own time zone (the seed: Tokyo, afternoon to 1 a.m.); the end
 * may be after midnight.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeakHours.class)
@JsonDeserialize(as = ImmutablePeakHours.class)
public abstract class PeakHours {
  /** The time zone the hours are given in. */
  public abstract ZoneId timeZone();

  /** Start of the peak, local time. */
  public abstract LocalTime start();

  /** End of the peak, local time (before {@link #start()} means the next day). */
  public abstract LocalTime end();

  /** Peak from {@code start} to {@code end} in {@code zone}. */
  public static PeakHours of(ZoneId zone, LocalTime start, LocalTime end) {
    return ImmutablePeakHours.builder().timeZone(zone).start(start).end(end).build();
  }
}
