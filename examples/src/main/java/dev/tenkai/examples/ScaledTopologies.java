package dev.tenkai.examples;

import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modern reference deployment with any number of web servers, for benchmarks and scale
 * tests: everything else is exactly {@link ReferenceDeployment#modern()}, copied rather than
 * rewritten so that the two cannot drift apart.
 */
public final class ScaledTopologies {
  private ScaledTopologies() {}

  /**
   * The modern reference, named {@code scaled}, with {@code servers} web servers spread evenly
   * over its zones, the first zones taking one more when it does not divide (5 servers: 3 in a,
   * 2 in c). The servers the service needs in service grow in the reference's proportion (2 of
   * 4: half, rounded down, the most that survives losing the larger zone), so that at every size
   * losing one zone leaves enough, as in the reference, instead of a fixed 2 that two or three
   * servers could never carry through a zone failure.
   *
   * <pre>{@code Topology big = ScaledTopologies.scaled(200);}</pre>
   *
   * @throws dev.tenkai.model.InvalidTopologyException when {@code servers} is below 1
   */
  public static Topology scaled(int servers) {
    Topology modern = ReferenceDeployment.modern();
    ServerGroup web = modern.serverGroup("web").orElseThrow();
    List<String> zones = modern.zones();
    Map<String, Integer> perZone = new LinkedHashMap<>();
    for (int i = 0; i < zones.size(); i++) {
      perZone.put(zones.get(i), servers / zones.size() + (i < servers % zones.size() ? 1 : 0));
    }
    int needed = (int) Math.max(1, (long) servers * web.minimumInService() / web.total());
    return ImmutableTopology.copyOf(modern)
        .withName("scaled")
        .withServerGroups(ImmutableServerGroup.copyOf(web).withCountPerZone(perZone).withMinimumInService(needed));
  }
}
