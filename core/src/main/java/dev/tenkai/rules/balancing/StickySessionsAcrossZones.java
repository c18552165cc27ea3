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

/** Stickiness on a load balancer whose backends span zones (each with several backends). */
@RuleInfo(
    id = "TK-LB-002",
    severity = Severity.WARNING,
    summary = "Stickiness is on for backends spanning zones",
    rationale =
        "Seed lesson 1: sessions pinned to backends are lost, or answered with 502, when their backend or its"
            + " zone goes away. With several backends per zone the damage is smaller than TK-LB-001's, but"
            + " every zone outage and restart still drops the sessions bound there.",
    remediation =
        "Turn stickiness off and keep sessions in a shared store (the cache or the database).")
public final class StickySessionsAcrossZones implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : t.loadBalancers()) {
      Map<String, Integer> perZone = BackendsPerZone.of(t, lb);
      // One backend in some zone is TK-LB-001's error; this warning covers the rest.
      if (lb.stickiness().enabled() && perZone.size() >= 2 && !perZone.containsValue(1)) {
        out.add(Violation.at(ResourcePath.loadBalancer(lb.name()),
            "load balancer %s binds sessions for %s to backends spread over zones %s; a zone outage drops the"
                + " sessions bound there",
            lb.name(), Durations.compact(lb.stickiness().duration()), perZone));
      }
    }
    return out;
  }
}
