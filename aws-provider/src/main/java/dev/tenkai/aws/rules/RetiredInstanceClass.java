package dev.tenkai.aws.rules;

import dev.tenkai.aws.rules.InstanceFamilies.Status;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** No instance class is of a family the service no longer offers (see {@link InstanceFamilies}). */
@RuleInfo(
    id = "AWS-019",
    severity = Severity.ERROR,
    summary = "Instance class is still offered",
    rationale =
        "RDS ended the M1, M2, M3, R3 and T1 DB instance classes (the seed's db.m1.small among them):"
            + " CreateDBInstance refuses them. moto accepts any class string.",
    remediation = "Pick a current class of the same size, e.g. db.t4g.small or db.m7g.large.")
public final class RetiredInstanceClass implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (InstanceClassUse use : InstanceClassUse.all(context.topology())) {
      use.family()
          .filter(f -> InstanceFamilies.status(use.service(), f) == Status.RETIRED)
          .ifPresent(
              f ->
                  out.add(
                      Violation.at(
                          use.path(),
                          "%s no longer offers instance class '%s' (family %s); current families include %s",
                          use.service().displayName(),
                          use.instanceClass(),
                          f,
                          String.join(", ", InstanceFamilies.examples(use.service())))));
    }
    return out;
  }
}
