package dev.tenkai.dsl;

import dev.tenkai.model.ImmutableServiceProfile;
import dev.tenkai.model.PeakHours;
import dev.tenkai.model.ServiceProfile;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What the service declares about itself: when it is busiest and whether its data is
 * confidential.
 *
 * <pre>{@code t.service(s -> s.confidentialData().peakHours(ZoneId.of("Asia/Tokyo"), LocalTime.of(13, 0), LocalTime.of(1, 0)))}</pre>
 */
public final class ServiceSpec {
  private final ImmutableServiceProfile.Builder builder = ServiceProfile.builder();

  ServiceSpec() {}

  /**
   * The service handles confidential data (the seed's reason for a private network).
   *
   * <pre>{@code s.confidentialData()}</pre>
   */
  public ServiceSpec confidentialData() {
    builder.confidentialData(true);
    return this;
  }

  /**
   * The busy hours, local time in {@code timeZone}; an end before the start means the next day.
   *
   * <pre>{@code s.peakHours(ZoneId.of("Asia/Tokyo"), LocalTime.of(13, 0), LocalTime.of(1, 0))}</pre>
   */
  public ServiceSpec peakHours(ZoneId timeZone, LocalTime start, LocalTime end) {
    builder.peakHours(PeakHours.of(timeZone, start, end));
    return this;
  }

  /**
   * The service claims to survive losing any {@code zones} zones at once (1 or 2; 1 when not said):
   * validation then checks every pair of zones too.
   *
   * <pre>{@code s.survivesZoneLosses(2)}</pre>
   */
  public ServiceSpec survivesZoneLosses(int zones) {
    builder.zoneLossesTolerated(zones);
    return this;
  }

  ServiceProfile build() {
    return builder.build();
  }
}
