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

/** A server group that keeps too few servers after losing its fullest zone. */
@RuleInfo(
    id = "TK-AVAIL-007",
    severity = Severity.ERROR,
    summary = "After losing its fullest zone, a server group keeps fewer servers than its minimumInService",
    rationale =
        "Spreading over zones only helps if the zones left can carry the load: the service declares how many"
            + " servers it needs (minimumInService), and a zone outage must not leave fewer.",
    remediation =
        "Add servers in every zone so that the total minus the fullest zone reaches minimumInService.")
public final class CapacityAfterZoneLoss implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (ServerGroup g : t.serverGroups()) {
      List<String> zones = t.zonesOf(g.name());
      // A group in a single zone is TK-AVAIL-001's finding; this rule is about the arithmetic.
      if (zones.size() < 2) {
        continue;
      }
      String fullest = zones.get(0);
      for (String z : zones) {
        if (g.countIn(z) > g.countIn(fullest)) {
          fullest = z;
        }
      }
      int left = g.total() - g.countIn(fullest);
      if (left < g.minimumInService()) {
        out.add(Violation.at(ResourcePath.serverGroup(g.name()),
            "server group %s keeps %d of %d servers after losing zone %s (%d servers), below its minimumInService of %d",
            g.name(), left, g.total(), fullest, g.countIn(fullest), g.minimumInService()));
      }
    }
    return out;
  }
}
