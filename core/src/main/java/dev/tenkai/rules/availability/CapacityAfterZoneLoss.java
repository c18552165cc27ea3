package dev.tenkai.rules.availability;

import dev.tenkai.analysis.Capacity;
import dev.tenkai.analysis.CapacityUnit;
import dev.tenkai.analysis.Outage;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A server group that keeps too few reachable servers after a zone failure it should survive. */
@RuleInfo(
    id = "TK-AVAIL-007",
    severity = Severity.ERROR,
    summary = "After losing a zone, a server group keeps fewer reachable servers than its minimumInService",
    rationale =
        "Spreading over zones only helps if the zones left can carry the load: the service declares how many"
            + " servers it needs (minimumInService), and a zone outage must not leave fewer. The count is the"
            + " zone-failure analysis's: servers a standing load balancer node can still route to, not the"
            + " servers the group has (every pair of zones too, when the service claims to survive two).",
    remediation =
        "Add servers in every zone, with a load balancer node in each, so that what is left after losing any"
            + " zone reaches minimumInService.")
public final class CapacityAfterZoneLoss implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Outage o : context.claimedOutages()) {
      for (Capacity c : o.capacity()) {
        if (c.unit() != CapacityUnit.SERVERS || c.sufficient() || !context.baseline().capacityOf(c.resource()).sufficient()) {
          continue; // short with nothing failed: TK-ANA-002's finding
        }
        out.add(Violation.at(ResourcePath.serverGroup(c.resource()),
            "server group %s keeps %d of %d servers reachable when %s, below its minimumInService of %d",
            c.resource(), c.left(), c.before(), o.whenClause(), c.needed()));
      }
    }
    return out;
  }
}
