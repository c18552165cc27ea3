package dev.tenkai.rules.analysis;

import dev.tenkai.analysis.EntryPointOutcome;
import dev.tenkai.analysis.Outage;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** An entry point that a zone failure the topology claims to survive takes down. */
@RuleInfo(
    id = "TK-ANA-003",
    severity = Severity.ERROR,
    summary = "Losing a zone (or a pair, when the service claims to survive two) takes an entry point down",
    rationale =
        "The point of spreading over zones is that any one of them can go. The zone-failure analysis follows"
            + " each entry point's chain after every single-zone failure (and every pair when the service"
            + " declares zoneLossesTolerated 2); an entry point that answers with every zone up but not after"
            + " such a failure breaks that promise.",
    remediation =
        "Spread the link the analysis names (the last of the chain in the message) over the zones: servers"
            + " and load balancer nodes in the same zones, a standby database, a cache replicated across zones.")
public final class ZoneLossTakesEntryPointDown implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Outage o : context.claimedOutages()) {
      for (EntryPointOutcome e : o.unavailableEntryPoints()) {
        if (!context.baseline().entryPoint(e.name()).served()) {
          continue; // down with nothing failed: TK-ANA-001's finding
        }
        out.add(Violation.at(EntryPointPaths.of(context.topology(), e.name()),
            "entry point %s stops answering when %s: %s", e.name(), o.whenClause(), e.explanation()));
      }
    }
    return out;
  }
}
