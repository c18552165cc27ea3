package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** How private hosts reach the internet: the NATs and the zones each serves. */
@Value.Immutable
@JsonSerialize(as = ImmutableEgress.class)
@JsonDeserialize(as = ImmutableEgress.class)
public abstract class Egress {
  /** The NATs; empty for no egress. */
  public abstract List<Nat> nats();

  /** No NAT at all. */
  public static Egress none() {
    return ImmutableEgress.builder().build();
  }

  /** The NAT whose route the private subnets of {@code zone} take, if any. */
  public Optional<Nat> natServing(String zone) {
    return nats().stream().filter(n -> n.servesZones().contains(zone)).findFirst();
  }

  /** The shape of this egress, derived from the NATs. */
  public EgressMode mode() {
    if (nats().isEmpty()) {
      return EgressMode.NONE;
    }
    boolean eachServesOwnZone =
        nats().stream().allMatch(n -> n.servesZones().equals(List.of(n.zone())));
    Set<NatKind> kinds = nats().stream().map(Nat::kind).collect(Collectors.toSet());
    if (nats().size() == 1 && kinds.equals(Set.of(NatKind.INSTANCE))) {
      return eachServesOwnZone && nats().get(0).servesZones().size() == 1
          ? EgressMode.NAT_INSTANCE_PER_ZONE
          : EgressMode.SINGLE_NAT_INSTANCE;
    }
    if (eachServesOwnZone && kinds.size() == 1) {
      return kinds.contains(NatKind.GATEWAY)
          ? EgressMode.NAT_GATEWAY_PER_ZONE
          : EgressMode.NAT_INSTANCE_PER_ZONE;
    }
    return EgressMode.MIXED;
  }

  /** A new builder. */
  public static ImmutableEgress.Builder builder() {
    return ImmutableEgress.builder();
  }
}
