package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One NAT: where it lives and which zones' private subnets route through it. */
@Value.Immutable
@JsonSerialize(as = ImmutableNat.class)
@JsonDeserialize(as = ImmutableNat.class)
public abstract class Nat {
  /** Unique name, e.g. {@code "nat-a"}. */
  public abstract String name();

  /** Instance or managed gateway. */
  public abstract NatKind kind();

  /** The zone the NAT lives in. */
  public abstract String zone();

  /** The public tier the NAT lives in. */
  @Value.Default
  public String tier() {
    return "public";
  }

  /** The zones whose private subnets route 0.0.0.0/0 to this NAT. */
  public abstract List<String> servesZones();

  /** The instance class of a NAT instance; empty for a gateway. */
  public abstract Optional<String> instanceClass();

  /** Whether the NAT holds an Elastic IP (a NAT always needs one public address). */
  @Value.Default
  public boolean elasticIp() {
    return true;
  }

  /** A new builder. */
  public static ImmutableNat.Builder builder() {
    return ImmutableNat.builder();
  }
}
