package dev.tenkai.rules.analysis;

import dev.tenkai.analysis.Capacity;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A server group whose reachable servers are fewer than it needs, with nothing failed. */
@RuleInfo(
    id = "TK-ANA-002",
    severity = Severity.ERROR,
    summary = "With nothing failed, a server group has fewer reachable servers than its minimumInService",
    rationale =
        "Capacity is what is reachable: a load balancer routes only to servers in zones where it has a node,"
            + " so servers elsewhere carry no load. A group of six whose load balancer serves two of its three"
            + " zones has the capacity of four, and the analysis counts four.",
    remediation =
        "Enable the load balancer in every zone of its servers, or add servers where it has nodes, until the"
            + " reachable servers reach minimumInService.")
public final class CapacityShortWithNothingFailed implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (ServerGroup g : context.topology().serverGroups()) {
      Capacity c = context.baseline().capacityOf(g.name());
      if (!c.sufficient()) {
        out.add(Violation.at(ResourcePath.serverGroup(g.name()),
            "server group %s has %d of its %d servers reachable with every zone up (reached in zones %s),"
                + " below its minimumInService of %d",
            g.name(), c.left(), c.before(),
            context.reachability().reachableServers(g.name()).entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> e.getKey()).toList(),
            c.needed()));
      }
    }
    return out;
  }
}
