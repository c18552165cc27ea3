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

  /** A new builder. */
  public static ImmutableServiceProfile.Builder builder() {
    return ImmutableServiceProfile.builder();
  }
}
