package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** What the service declares about itself: its peak hours and whether its data is confidential. */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceProfile.class)
@JsonDeserialize(as = ImmutableServiceProfile.class)
public abstract class ServiceProfile {
  /** When the service is busiest; scheduled work should avoid it. */
  public abstract Optional<PeakHours> peakHours();

  /** Whether the service handles confidential data (the seed's reason for a private network). */
  @Value.Default
  public boolean confidentialData() {
    return false;
  }

  /**
   * How many zones the service claims to survive losing at once: 1 (the default) for every single
   * zone, 2 for every pair as well. The analysis rules hold the topology to its claim.
   */
  @Value.Default
  public int zoneLossesTolerated() {
    return 1;
  }

  @Value.Check
  protected void check() {
    InvalidTopologyException.check(
        zoneLossesTolerated() >= 1 && zoneLossesTolerated() <= 2,
        "service.zoneLossesTolerated",
        "must be 1 (every single zone) or 2 (every pair of zones), got %s",
        zoneLossesTolerated());
  }

  /** A new builder. */
  public static ImmutableServiceProfile.Builder builder() {
    return ImmutableServiceProfile.builder();
  }
}
