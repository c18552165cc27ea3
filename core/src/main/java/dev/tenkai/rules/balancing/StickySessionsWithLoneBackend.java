package dev.tenkai.rules.balancing;

import dev.tenkai.model.Durations;
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
import java.util.Map;

/** Stickiness on a load balancer across zones where some zone has a single backend. */
@RuleInfo(
    id = "TK-LB-001",
    severity = Severity.ERROR,
    summary = "Stickiness is on for backends spanning zones, and some zone has a single backend",
    rationale =
        "Seed lesson 1: with sticky sessions and one backend per zone, losing that backend (a zone outage, a"
            + " restart, a failed health check) turned every session bound to it into 502 errors.",
    remediation =
        "Turn stickiness off and keep sessions in a shared store (the cache or the database).")
public final class StickySessionsWithLoneBackend implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : t.loadBalancers()) {
      Map<String, Integer> perZone = BackendsPerZone.of(t, lb);
      if (!lb.stickiness().enabled() || perZone.size() < 2) {
        continue;
      }
      List<String> lone = new ArrayList<>();
      perZone.forEach((zone, n) -> {
        if (n == 1) {
          lone.add(zone);
        }
      });
      if (!lone.isEmpty()) {
        out.add(Violation.at(ResourcePath.loadBalancer(lb.name()),
            "load balancer %s binds sessions for %s to backends %s per zone; zones %s have a single backend,"
                + " whose loss sends the sessions bound to it to 502",
            lb.name(), Durations.compact(lb.stickiness().duration()), perZone, lone));
      }
    }
    return out;
  }
}
