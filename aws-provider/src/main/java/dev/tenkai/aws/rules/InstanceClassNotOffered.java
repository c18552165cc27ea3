package dev.tenkai.aws.rules;

import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An instance class whose family the service does not offer in the topology's region. */
@RuleInfo(
    id = "AWS-032",
    severity = Severity.ERROR,
    summary = "An instance class's family is not offered by its service in the topology's region",
    rationale =
        "Newer, accelerated and high-memory families reach the smaller regions late or never; launching one"
            + " there fails (Unsupported, InvalidParameterCombination) after the plan has started. The catalogue"
            + " shipped with the AWS pack lists, per region and service, the families offered when it was taken."
            + " A family the catalogue lists in no region is left to AWS-021 (unknown family).",
    remediation = "Use a family the message lists as offered in the region, or run in a region that offers it.")
public final class InstanceClassNotOffered implements Rule {
  private final AwsCatalogue catalogue;

  /** The rule against {@code catalogue}. */
  public InstanceClassNotOffered(AwsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public List<Violation> check(RuleContext context) {
    String region = context.topology().region();
    if (!catalogue.knows(region)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (InstanceClassUse use : InstanceClassUse.all(context.topology())) {
      Optional<String> family = use.family();
      if (family.isEmpty() || !catalogue.offeredSomewhere(use.service(), family.get())) {
        continue;
      }
      Set<String> offered = catalogue.families(region, use.service());
      if (!offered.contains(family.get())) {
        out.add(Violation.at(use.path(),
            "%s class '%s': %s does not offer family %s in %s (catalogue of %s); offered there: %s",
            use.service().displayName(), use.instanceClass(), use.service().displayName(), family.get(), region,
            catalogue.taken(), String.join(" ", offered)));
      }
    }
    return out;
  }
}
