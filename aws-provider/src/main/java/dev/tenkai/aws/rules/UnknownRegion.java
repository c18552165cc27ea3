package dev.tenkai.aws.rules;

import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.List;

/** A topology in a region the AWS catalogue does not know. */
@RuleInfo(
    id = "AWS-030",
    severity = Severity.ERROR,
    summary = "The topology's region is not an AWS region of the catalogue",
    rationale =
        "A mistyped or made-up region validates clean everywhere else and fails only when plan first calls AWS"
            + " (the endpoint does not resolve). The catalogue of regions shipped with the AWS pack, dated, knows"
            + " them offline.",
    remediation = "Use one of the regions the message lists (or update the catalogue if AWS opened a new one).")
public final class UnknownRegion implements Rule {
  private final AwsCatalogue catalogue;

  /** The rule against {@code catalogue}. */
  public UnknownRegion(AwsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public List<Violation> check(RuleContext context) {
    String region = context.topology().region();
    if (catalogue.knows(region)) {
      return List.of();
    }
    // Findings on where the topology runs are named by its zones path (there is no region element).
    return List.of(Violation.at(ResourcePath.zones(),
        "region '%s' is not an AWS region known to the catalogue of %s; regions: %s",
        region, catalogue.taken(), String.join(", ", catalogue.regions())));
  }
}
