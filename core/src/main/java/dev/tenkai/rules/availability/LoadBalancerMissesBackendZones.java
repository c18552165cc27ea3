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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A load balancer that is not present in every zone its backends run in. */
@RuleInfo(
    id = "TK-AVAIL-006",
    severity = Severity.WARNING,
    summary = "A load balancer does not serve every zone that holds its backends",
    rationale =
        "A load balancer routes only to backends in the zones it is enabled in: servers elsewhere get no"
            + " traffic, so the capacity that was meant to survive a zone loss does not exist.",
    remediation = "Enable the load balancer in every zone where its backend server groups run.")
public final class LoadBalancerMissesBackendZones implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : t.loadBalancers()) {
      Set<String> missing = new LinkedHashSet<>();
      for (String backend : lb.backends()) {
        for (String z : t.zonesOf(backend)) {
          if (!lb.zones().contains(z)) {
            missing.add(z);
          }
        }
      }
      if (!missing.isEmpty()) {
        out.add(Violation.at(ResourcePath.loadBalancer(lb.name()),
            "load balancer %s serves zones %s but its backends %s also run in zones %s, whose servers get no traffic",
            lb.name(), lb.zones(), lb.backends(), List.copyOf(missing)));
      }
    }
    return out;
  }
}
