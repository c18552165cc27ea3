package dev.tenkai.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;

/** Which zones each kind of resource occupies; the zone-placement column of the graph's {@code ResourceKinds}. */
final class ZonePlacement {
  private ZonePlacement() {}

  static List<String> zonesOf(Topology t, String resource) {
    ResourceKind kind = t.resources().get(resource);
    if (kind == null) {
      throw new InvalidTopologyException(resource, "no resource of that name in topology " + t.name());
    }
    // An exhaustive switch expression: a new kind does not compile until its placement is decided.
    return switch (kind) {
      case SERVER_GROUP -> occupied(t, t.serverGroup(resource).orElseThrow().countPerZone());
      case CACHE -> occupied(t, t.cache(resource).orElseThrow().nodesPerZone());
      case LOAD_BALANCER -> t.loadBalancer(resource).orElseThrow().zones();
      case DATABASE -> t.database(resource).orElseThrow().zones();
      case NAT -> List.of(t.nat(resource).orElseThrow().zone());
      case BASTION -> List.of(t.bastion().orElseThrow().zone());
    };
  }

  /** Zones with at least one node, in the topology's zone order. */
  private static List<String> occupied(Topology t, Map<String, Integer> perZone) {
    return t.zones().stream()
        .filter(z -> perZone.getOrDefault(z, 0) > 0)
        .collect(ImmutableList.toImmutableList());
  }
}
