package dev.tenkai.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;

/** Which zones each kind of resource occupies. */
final class ZonePlacement {
  private ZonePlacement() {}

  static List<String> zonesOf(Topology t, String resource) {
    ResourceKind kind = t.resources().get(resource);
    if (kind == null) {
      throw new InvalidTopologyException(resource, "no resource of that name in topology " + t.name());
    }
    switch (kind) {
      case SERVER_GROUP:
        return occupied(t, t.serverGroup(resource).orElseThrow().countPerZone());
      case CACHE:
        return occupied(t, t.cache(resource).orElseThrow().nodesPerZone());
      case LOAD_BALANCER:
        return t.loadBalancer(resource).orElseThrow().zones();
      case DATABASE:
        return t.database(resource).orElseThrow().zones();
      case NAT:
        return List.of(t.nat(resource).orElseThrow().zone());
      case BASTION:
        return List.of(t.bastion().orElseThrow().zone());
    }
    throw new AssertionError(kind);
  }

  /** Zones with at least one node, in the topology's zone order. */
  private static List<String> occupied(Topology t, Map<String, Integer> perZone) {
    return t.zones().stream()
        .filter(z -> perZone.getOrDefault(z, 0) > 0)
        .collect(ImmutableList.toImmutableList());
  }
}
