package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The private network (a VPC on AWS): one address block and its tiers. */
@Value.Immutable
@JsonSerialize(as = ImmutableNetwork.class)
@JsonDeserialize(as = ImmutableNetwork.class)
public abstract class Network {
  /** The network's block, e.g. {@code 10.0.0.0/16}. */
  public abstract String cidr();

  /** The tiers, each one subnet per zone. */
  public abstract List<Tier> tiers();

  /** The tier called {@code name}, if any. */
  public Optional<Tier> tier(String name) {
    return tiers().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** A new builder. */
  public static ImmutableNetwork.Builder builder() {
    return ImmutableNetwork.builder();
  }
}
