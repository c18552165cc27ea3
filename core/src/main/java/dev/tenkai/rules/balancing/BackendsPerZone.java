package dev.tenkai.rules.balancing;

import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many backend servers a load balancer has in each zone, summed over its server groups. */
final class BackendsPerZone {
  private BackendsPerZone() {}

  /** Zones with at least one backend, in the topology's zone order. */
  static Map<String, Integer> of(Topology t, LoadBalancer lb) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String zone : t.zones()) {
      int n = 0;
      for (String backend : lb.backends()) {
        n += t.serverGroup(backend).map(g -> g.countIn(zone)).orElse(0);
      }
      if (n > 0) {
        out.put(zone, n);
      }
    }
    return out;
  }
}
