package dev.tenkai.rules.availability;

import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.List;

/** A topology that lives in one zone: every resource in it is a single point of failure. */
@RuleInfo(
    id = "TK-AVAIL-009",
    severity = Severity.ERROR,
    summary = "The topology uses a single zone",
    rationale =
        "The seed spread every function over two availability zones so that a whole-zone outage is"
            + " survivable; with one zone, the zone's loss (or any resource in it) takes the service down,"
            + " and the other availability rules, which compare zones, have nothing to compare.",
    remediation = "Add a second zone and place every tier in both.")
public final class SingleZoneTopology implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    if (t.zones().size() >= 2) {
      return List.of();
    }
    return List.of(Violation.at(ResourcePath.zones(),
        "topology %s uses only zone %s: losing it loses everything", t.name(), t.zones().get(0)));
  }
}
