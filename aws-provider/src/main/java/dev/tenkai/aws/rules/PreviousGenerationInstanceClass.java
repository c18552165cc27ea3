package dev.tenkai.aws.rules;

import dev.tenkai.aws.rules.InstanceFamilies.Status;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** No instance class is of a previous-generation family (see {@link InstanceFamilies}). */
@RuleInfo(
    id = "AWS-020",
    severity = Severity.WARNING,
    summary = "Instance class is of the current generation",
    rationale =
        "Previous-generation families (the seed's m1.small and c1.medium) are not offered in newer"
            + " regions and zones, often have no capacity left, may not run current images or engine"
            + " versions, and cost more per unit of work than today's classes. moto launches any class"
            + " unless MOTO_EC2_ENABLE_INSTANCE_TYPE_VALIDATION is set.",
    remediation = "Pick a current-generation class (e.g. t3.small for m1.small, c7i.large for c1.medium).")
public final class PreviousGenerationInstanceClass implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (InstanceClassUse use : InstanceClassUse.all(context.topology())) {
      use.family()
          .filter(f -> InstanceFamilies.status(use.service(), f) == Status.PREVIOUS)
          .ifPresent(
              f ->
                  out.add(
                      Violation.at(
                          use.path(),
                          "%s instance class '%s' is of the previous generation (family %s)",
                          use.service().displayName(),
                          use.instanceClass(),
                          f)));
    }
    return out;
  }
}
