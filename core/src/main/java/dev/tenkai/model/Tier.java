package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A tier of the network (public, private, ...), realized as one subnet per zone. */
@Value.Immutable
@JsonSerialize(as = ImmutableTier.class)
@JsonDeserialize(as = ImmutableTier.class)
public abstract class Tier {
  /** The tier's name, e.g. {@code "public"} or {@code "private"}. */
  public abstract String name();

  /** Whether the tier faces the internet. */
  public abstract TierKind kind();

  /** Where the tier's default route points. */
  public abstract RouteIntent route();

  /** One subnet per zone the tier spans. */
  public abstract List<Subnet> subnets();

  /** The tier's subnet in {@code zone}, if it has one. */
  public Optional<Subnet> subnetIn(String zone) {
    return subnets().stream().filter(s -> s.zone().equals(zone)).findFirst();
  }

  /** A new builder. */
  public static ImmutableTier.Builder builder() {
    return ImmutableTier.builder();
  }
}
