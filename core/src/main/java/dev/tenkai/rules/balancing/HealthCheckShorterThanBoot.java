package dev.tenkai.rules.balancing;

import dev.tenkai.model.Durations;
import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A health check that declares a backend dead before it has had time to boot. */
@RuleInfo(
    id = "TK-LB-004",
    severity = Severity.ERROR,
    summary = "A health check declares a booting server dead before its boot time",
    rationale =
        "Seed lessons 2 and 4: a small host took about 20 s for a first Rails start, the health check gave up"
            + " sooner, and restarted backends were detached instead of returning to service.",
    remediation =
        "Make the grace period, or interval x unhealthy threshold, longer than the backends' boot time.")
public final class HealthCheckShorterThanBoot implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : t.loadBalancers()) {
      HealthCheck hc = lb.healthCheck();
      for (String backend : lb.backends()) {
        Optional<ServerGroup> g = t.serverGroup(backend);
        if (g.isPresent() && hc.timeToDeclareDead().compareTo(g.get().bootTime()) < 0) {
          out.add(Violation.at(ResourcePath.loadBalancer(lb.name()),
              "load balancer %s declares a backend dead after %s (grace %s, interval %s x unhealthy threshold %d)"
                  + " but server group %s takes %s to boot",
              lb.name(), Durations.compact(hc.timeToDeclareDead()), Durations.compact(hc.gracePeriod()),
              Durations.compact(hc.interval()), hc.unhealthyThreshold(), backend,
              Durations.compact(g.get().bootTime())));
        }
      }
    }
    return out;
  }
}
