package dev.tenkai.test;

import dev.tenkai.analysis.Capacity;
import dev.tenkai.analysis.DatabaseOutcome;
import dev.tenkai.analysis.EntryPointOutcome;
import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Topology}: its validation findings, what losing any one zone
 * does, a restart of one of its server groups, and its AWS plan.
 */
public final class TopologyAssert extends AbstractAssert<TopologyAssert, Topology> {

  TopologyAssert(Topology actual) {
    super(actual, TopologyAssert.class);
  }

  /** Every built-in rule and AWS's own constraints: what {@code tenkai apply} checks first. */
  static Validator applyChecks() {
    return Validator.builder().addPacks(BuiltInRules.validator().packs()).addPack(AwsRules.pack()).build();
  }

  /**
   * Verifies that validation reports no error (warnings are allowed), by every built-in rule and
   * AWS's own constraints (the {@code aws} pack): what {@code tenkai apply} checks first.
   *
   * @return this
   */
  public TopologyAssert hasNoErrors() {
    return hasNoErrors(applyChecks());
  }

  /**
   * Verifies that validation by {@code validator} (your packs, severities and suppressions)
   * reports no error.
   *
   * @param validator the validator to run
   * @return this
   */
  public TopologyAssert hasNoErrors(Validator validator) {
    List<Finding> errors = validate(validator).active(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("Expected topology %s to have no errors, but validation found %d:%n%s", name(), errors.size(), lines(errors));
    }
    return this;
  }

  /**
   * Verifies that validation (as {@link #hasNoErrors()}) reports neither an error nor a warning.
   *
   * @return this
   */
  public TopologyAssert hasNoErrorsOrWarnings() {
    ValidationResult result = validate(applyChecks());
    List<Finding> found = new ArrayList<>(result.active(Severity.ERROR));
    found.addAll(result.active(Severity.WARNING));
    if (!found.isEmpty()) {
      failWithMessage("Expected topology %s to have no errors or warnings, but validation found %d:%n%s", name(), found.size(), lines(found));
    }
    return this;
  }

  /**
   * Verifies that validation (as {@link #hasNoErrors()}) reports a finding of rule {@code ruleId}
   * that is not suppressed: for a test that a known weakness is still caught.
   *
   * @param ruleId the rule's id, as in docs/rules.md
   * @return this
   */
  public TopologyAssert hasFinding(String ruleId) {
    ValidationResult result = validate(applyChecks());
    boolean found = result.findings().stream().anyMatch(f -> !f.suppressed() && f.ruleId().equals(ruleId));
    if (!found) {
      failWithMessage("Expected topology %s to have a finding of rule %s, but validation found %s", name(), ruleId,
          result.active().isEmpty() ? "none" : System.lineSeparator() + lines(result.active()));
    }
    return this;
  }

  /**
   * Verifies that, whichever single zone is lost, every entry point is still answered (perhaps
   * degraded) and every database still serves (perhaps after failing over).
   *
   * @return this
   */
  public TopologyAssert survivesLossOfAnyZone() {
    isNotNull();
    List<String> problems = new ArrayList<>();
    for (Outage outage : ZoneFailure.everySingleZone(actual)) {
      for (EntryPointOutcome e : outage.unavailableEntryPoints()) {
        problems.add("losing " + outage.scenario() + ": " + e.explanation());
      }
      for (DatabaseOutcome db : outage.databases()) {
        if (!db.available()) {
          problems.add("losing " + outage.scenario() + ": database " + db.name() + " is " + db.state());
        }
      }
    }
    if (!problems.isEmpty()) {
      failWithMessage("Expected topology %s to survive the loss of any zone, but:%n%s", name(), String.join(System.lineSeparator(), problems));
    }
    return this;
  }

  /**
   * Verifies that, whichever single zone is lost, every server group and cache keeps at least the
   * capacity the service declares it needs.
   *
   * @return this
   */
  public TopologyAssert keepsNeededCapacityOnLossOfAnyZone() {
    isNotNull();
    List<String> problems = new ArrayList<>();
    for (Outage outage : ZoneFailure.everySingleZone(actual)) {
      for (Capacity c : outage.capacity()) {
        if (!c.sufficient()) {
          problems.add("losing " + outage.scenario() + ": " + c.resource() + " keeps " + c.left() + " of " + c.before()
              + " " + c.unit().toString().toLowerCase(java.util.Locale.ROOT) + ", needs " + c.needed());
        }
      }
    }
    if (!problems.isEmpty()) {
      failWithMessage("Expected topology %s to keep the needed capacity on the loss of any zone, but:%n%s", name(),
          String.join(System.lineSeparator(), problems));
    }
    return this;
  }

  /**
   * Assertions on restarting server group {@code group} by its own restart policy, in place (as
   * the {@code analyze restart} command reports it).
   *
   * @param group the server group's name
   * @return the restart's assertions
   */
  public RestartAssert restart(String group) {
    isNotNull();
    if (actual.serverGroup(group).isEmpty()) {
      failWithMessage("Expected topology %s to have server group %s, but its groups are %s", name(), group,
          actual.serverGroups().stream().map(g -> g.name()).collect(Collectors.toList()));
    }
    return new RestartAssert(RestartTimeline.of(actual, group));
  }

  /**
   * Assertions on the plan {@code provider} makes for this topology: what it would create, change
   * and delete in the account (or emulator) the provider talks to. Planning only reads.
   *
   * @param provider the provider, e.g. the one {@link LocalAwsExtension} injects
   * @return the plan's assertions
   */
  public PlanAssert plan(AwsProvider provider) {
    isNotNull();
    return new PlanAssert(provider.plan(actual));
  }

  private ValidationResult validate(Validator validator) {
    isNotNull();
    return validator.validate(actual);
  }

  private String name() {
    return actual.name();
  }

  private static String lines(List<Finding> findings) {
    return findings.stream().map(f -> "  " + f).collect(Collectors.joining(System.lineSeparator()));
  }
}
