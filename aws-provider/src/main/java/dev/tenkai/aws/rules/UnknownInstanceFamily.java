package dev.tenkai.aws.rules;

import dev.tenkai.aws.rules.InstanceFamilies.Status;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** Every instance family is one Tenkai's table knows for its service (see {@link InstanceFamilies}). */
@RuleInfo(
    id = "AWS-021",
    severity = Severity.WARNING,
    summary = "Instance family is known for its service",
    rationale =
        "A family the service does not offer (a typo such as c6l.large, or an EC2-only family given"
            + " to RDS) is refused at create time, after everything before it was built; moto accepts"
            + " it (EC2 type validation is off by default, RDS and ElastiCache classes are never checked). The table is curated and dated, so a family newer than the table is reported too:"
            + " hence a warning, not an error.",
    remediation =
        "Check the class against the service's list of instance types; if it is a new family, suppress"
            + " this finding with that reason (and update Tenkai's table).")
public final class UnknownInstanceFamily implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (InstanceClassUse use : InstanceClassUse.all(context.topology())) {
      use.family()
          .filter(f -> InstanceFamilies.status(use.service(), f) == Status.UNKNOWN)
          .ifPresent(
              f ->
                  out.add(
                      Violation.at(
                          use.path(),
                          "%s family '%s' (class '%s') is not in Tenkai's table of %s families",
                          use.service().displayName(),
                          f,
                          use.instanceClass(),
                          use.service().displayName())));
    }
    return out;
  }
}
