package dev.tenkai.rules.balancing;

import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Durations;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A restart policy that takes a whole server group, or a whole zone of it, out of service together. */
@RuleInfo(
    id = "TK-LB-003",
    severity = Severity.ERROR,
    summary =
        "A restart policy takes all reachable servers of a group down together, or all of one zone while its"
            + " load balancer does not route across zones",
    rationale =
        "Seed lesson 2: the deploy tool restarted every backend at once; each failed the health check while"
            + " booting, the load balancer detached them all and the site answered 502. A load balancer without"
            + " cross-zone routing fails the same way for one zone's share of requests when that zone's servers"
            + " restart together. The restart analysis plays the group's policy and counts only the servers a"
            + " load balancer node can route to.",
    remediation =
        "Restart in batches smaller than the group and than any zone's share (e.g. batches of 1), or turn on"
            + " cross-zone routing; a single-server group needs a second server to restart without an outage.")
public final class RestartTakesAllBackendsDown implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (RestartTimeline r : context.restarts()) {
      String lb = r.loadBalancer().map(name -> ", leaving load balancer " + name + " without backends").orElse("");
      if (r.fullOutage()) {
        String which = r.reachableServers() == 1 ? "the only" : "all " + r.reachableServers();
        String noun = r.reachableServers() == 1 ? " server" : " servers";
        String reachable = r.reachableServers() < r.totalServers() ? " reachable" + noun + " (of " + r.totalServers() + ")" : noun;
        out.add(Violation.at(ResourcePath.serverGroup(r.group()),
            "restart policy %s takes %s%s of %s down together for %s%s",
            describe(r.policy()), which, reachable, r.group(), Durations.compact(r.outageTime()), lb));
        continue;
      }
      if (!r.emptiedZones().isEmpty()) {
        String z = r.emptiedZones().get(0);
        int n = r.servers().get(z);
        out.add(Violation.at(ResourcePath.serverGroup(r.group()),
            "restart policy %s can take %s of %s in zone %s down together for %s, and load balancer %s does not"
                + " route across zones",
            describe(r.policy()), n == 1 ? "the only server" : "all " + n + " servers", r.group(), z,
            Durations.compact(r.zoneGapTime()), r.loadBalancer().orElseThrow()));
      }
    }
    return out;
  }

  /** The policy for people: {@code all-at-once}, {@code zone-by-zone}, {@code batches of 2}. */
  public static String describe(RestartPolicy p) {
    return switch (p.strategy()) {
      case ALL_AT_ONCE -> "all-at-once";
      case ZONE_BY_ZONE -> "zone-by-zone";
      case BATCHES -> "batches of " + p.batchSize();
    };
  }
}
