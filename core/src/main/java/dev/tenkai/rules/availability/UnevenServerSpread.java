package dev.tenkai.rules.availability;

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

/** A server group whose zones hold very different numbers of servers. */
@RuleInfo(
    id = "TK-AVAIL-002",
    severity = Severity.WARNING,
    summary = "A server group's servers are unevenly spread across its zones (counts differ by more than one)",
    rationale =
        "With an uneven spread, losing the fullest zone removes more than its share of capacity, and the"
            + " load balancer sends each zone's share of traffic to fewer servers in the emptier zones.",
    remediation = "Give every zone of the group the same number of servers (at most one apart).")
public final class UnevenServerSpread implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (ServerGroup g : t.serverGroups()) {
      List<String> zones = t.zonesOf(g.name());
      if (zones.size() < 2) {
        continue;
      }
      String fullest = zones.get(0);
      String emptiest = zones.get(0);
      for (String z : zones) {
        if (g.countIn(z) > g.countIn(fullest)) {
          fullest = z;
        }
        if (g.countIn(z) < g.countIn(emptiest)) {
          emptiest = z;
        }
      }
      if (g.countIn(fullest) - g.countIn(emptiest) > 1) {
        out.add(Violation.at(ResourcePath.serverGroup(g.name()),
            "server group %s runs %d servers in zone %s but %d in zone %s; losing zone %s removes %d of its %d servers",
            g.name(), g.countIn(fullest), fullest, g.countIn(emptiest), emptiest, fullest,
            g.countIn(fullest), g.total()));
      }
    }
    return out;
  }
}
