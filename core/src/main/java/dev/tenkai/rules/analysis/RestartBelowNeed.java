package dev.tenkai.rules.analysis;

import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.model.Durations;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import dev.tenkai.rules.balancing.RestartTakesAllBackendsDown;
import java.util.ArrayList;
import java.util.List;

/** A restart policy that keeps fewer servers in service than the service needs. */
@RuleInfo(
    id = "TK-ANA-004",
    severity = Severity.ERROR,
    summary = "A server group's restart keeps fewer reachable servers in service than its minimumInService",
    rationale =
        "The restart analysis plays the group's own restart policy behind its load balancer, batch by batch:"
            + " while a batch is out, only the other reachable servers carry the load. Below minimumInService"
            + " the service is overloaded for the whole batch, every deploy. (A restart with no server at all"
            + " in service is TK-LB-003's finding.)",
    remediation =
        "Restart in smaller batches (the group minus its minimumInService at most), or add servers.")
public final class RestartBelowNeed implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (RestartTimeline r : context.restarts()) {
      if (r.fullOutage() || r.timeBelowNeeded().isZero()) {
        continue;
      }
      out.add(Violation.at(ResourcePath.serverGroup(r.group()),
          "restart policy %s keeps %d of %d reachable servers of %s in service for %s, below its minimumInService of %d",
          RestartTakesAllBackendsDown.describe(r.policy()), r.minimumCapacity(), r.reachableServers(), r.group(),
          Durations.compact(r.timeBelowNeeded()), r.needed()));
    }
    return out;
  }
}
