package dev.tenkai.rules.availability;

import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer whose nodes and backends meet in one zone only: each side may span several
 * zones, yet the service still lives or dies with that one zone.
 */
@RuleInfo(
    id = "TK-AVAIL-008",
    severity = Severity.ERROR,
    summary = "A load balancer reaches its backends in only one zone",
    rationale =
        "A load balancer routes only to backends in zones where it has a node. When the zones it serves and"
            + " the zones its servers run in overlap in a single zone, losing that zone (or the load balancer's"
            + " node in it) leaves no path to any server, although both sides look multi-zone on their own"
            + " (found by the failure analysis: the seed's point of spreading every function over two zones).",
    remediation =
        "Enable the load balancer in at least two zones that hold its backends, and run backends in each.")
public final class LoadBalancerReachesOneZone implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    if (t.zones().size() < 2) {
      return out;
    }
    for (LoadBalancer lb : t.loadBalancers()) {
      if (lb.backends().isEmpty()) {
        continue;
      }
      List<String> reached = new ArrayList<>();
      for (String zone : lb.zones()) {
        boolean hasBackend = lb.backends().stream().anyMatch(b -> t.zonesOf(b).contains(zone));
        if (hasBackend) {
          reached.add(zone);
        }
      }
      if (reached.size() < 2) {
        out.add(Violation.at(ResourcePath.loadBalancer(lb.name()),
            "load balancer %s serves zones %s and its backends %s run in zones %s: they meet only in %s",
            lb.name(), lb.zones(), lb.backends(), backendZones(t, lb), reached.isEmpty() ? "no zone" : reached));
      }
    }
    return out;
  }

  private static List<String> backendZones(Topology t, LoadBalancer lb) {
    return t.zones().stream()
        .filter(z -> lb.backends().stream().anyMatch(b -> t.zonesOf(b).contains(z)))
        .toList();
  }
}
