package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One subnet of a tier: a CIDR block that lives in exactly one zone. */
@Value.Immutable
@JsonSerialize(as = ImmutableSubnet.class)
@JsonDeserialize(as = ImmutableSubnet.class)
public abstract class Subnet {
  /** The logical zone the subnet lives in, e.g. {@code "a"}. */
  public abstract String zone();

  /** The subnet's block, inside the network's. */
  public abstract String cidr();

  /** A subnet in {@code zone} with block {@code cidr}. */
  public static Subnet of(String zone, String cidr) {
    return ImmutableSubnet.builder().zone(zone).cidr(cidr).build();
  }
}
