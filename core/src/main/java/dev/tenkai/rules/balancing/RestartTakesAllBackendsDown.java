package dev.tenkai.rules.balancing;

import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.RestartPolicy;
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

/** A restart policy that takes a whole server group, or a whole zone of it, down together. */
@RuleInfo(
    id = "TK-LB-003",
    severity = Severity.ERROR,
    summary =
        "A restart policy takes all servers of a group down together, or all of one zone while its load"
            + " balancer does not route across zones",
    rationale =
        "Seed lesson 2: the deploy tool restarted every backend at once; each failed the health check while"
            + " booting, the load balancer detached them all and the site answered 502. A load balancer without"
            + " cross-zone routing fails the same way for one zone's share of requests when that zone's servers"
            + " restart together.",
    remediation =
        "Restart in batches smaller than the group and than any zone's share (e.g. batches of 1), or turn on"
            + " cross-zone routing; a single-server group needs a second server to restart without an outage.")
public final class RestartTakesAllBackendsDown implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (ServerGroup g : t.serverGroups()) {
      RestartPolicy p = g.restartPolicy();
      List<String> zones = t.zonesOf(g.name());
      int together;
      switch (p.strategy()) {
        case ALL_AT_ONCE:
          together = g.total();
          break;
        case ZONE_BY_ZONE:
          together = zones.stream().mapToInt(g::countIn).max().orElse(0);
          break;
        default:
          together = Math.min(p.batchSize(), g.total());
      }
      if (together >= g.total()) {
        String which = g.total() == 1 ? "the only server" : "all " + g.total() + " servers";
        out.add(Violation.at(ResourcePath.serverGroup(g.name()),
            "restart policy %s takes %s of %s down together%s",
            describe(p), which, g.name(), frontedBy(t, g)));
        continue;
      }
      for (LoadBalancer lb : t.loadBalancers()) {
        if (lb.crossZone() || !lb.backends().contains(g.name())) {
          continue;
        }
        for (String z : zones) {
          if (g.countIn(z) <= together) {
            out.add(Violation.at(ResourcePath.serverGroup(g.name()),
                "restart policy %s can take %s of %s in zone %s down together, and load balancer %s"
                    + " does not route across zones",
                describe(p), g.countIn(z) == 1 ? "the only server" : "all " + g.countIn(z) + " servers",
                g.name(), z, lb.name()));
            break;
          }
        }
      }
    }
    return out;
  }

  private static String describe(RestartPolicy p) {
    switch (p.strategy()) {
      case ALL_AT_ONCE:
        return "all-at-once";
      case ZONE_BY_ZONE:
        return "zone-by-zone";
      default:
        return "batches of " + p.batchSize();
    }
  }

  private static String frontedBy(Topology t, ServerGroup g) {
    List<String> lbs = new ArrayList<>();
    for (LoadBalancer lb : t.loadBalancers()) {
      if (lb.backends().contains(g.name())) {
        lbs.add(lb.name());
      }
    }
    return lbs.isEmpty() ? "" : ", leaving load balancer " + String.join(", ", lbs) + " without backends";
  }
}
