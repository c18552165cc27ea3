package dev.tenkai.rules.analysis;

import dev.tenkai.analysis.EntryPointOutcome;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** An entry point that does not answer even with every zone up. */
@RuleInfo(
    id = "TK-ANA-001",
    severity = Severity.ERROR,
    summary = "An entry point does not answer even with nothing failed",
    rationale =
        "The zone-failure analysis's baseline (no zone lost) follows each DNS name from the internet through"
            + " its load balancer and servers to what they call. A name whose chain is broken before anything"
            + " fails (an internal load balancer in a public zone, a load balancer without reachable servers,"
            + " a record on a private resource) is down the day it is deployed.",
    remediation =
        "Point the record at an internet-facing load balancer whose nodes share zones with its servers, and"
            + " give every link of the chain something to run on.")
public final class EntryPointDownWithNothingFailed implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (EntryPointOutcome e : context.baseline().unavailableEntryPoints()) {
      out.add(Violation.at(EntryPointPaths.of(context.topology(), e.name()),
          "entry point %s answers nothing with every zone up: %s", e.name(), e.explanation()));
    }
    return out;
  }
}
