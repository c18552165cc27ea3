package dev.tenkai.test;

import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an AWS {@link Plan}: which resources, by logical id (e.g. {@code
 * load-balancer/web-lb}) or by kind, it creates, and whether it changes or deletes anything.
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, Plan> {

  PlanAssert(Plan actual) {
    super(actual, PlanAssert.class);
  }

  /**
   * Verifies that the plan creates each of {@code logicalIds}.
   *
   * @param logicalIds logical ids, e.g. {@code vpc}, {@code load-balancer/web-lb} or {@code
   *     subnet/public/a}
   * @return this
   */
  public PlanAssert creates(String... logicalIds) {
    isNotNull();
    List<String> problems = new ArrayList<>();
    for (String id : logicalIds) {
      Optional<Change> change = change(id);
      if (change.isEmpty()) {
        problems.add(id + ": not in the plan");
      } else if (change.get().action() != ChangeAction.CREATE) {
        problems.add(id + ": " + change.get().action() + " (" + change.get().reason() + ")");
      }
    }
    if (!problems.isEmpty()) {
      failWithMessage("Expected plan %s to create %s, but:%n  %s%nThe plan:%n%s", actual.id(), List.of(logicalIds),
          String.join(System.lineSeparator() + "  ", problems), actual.render());
    }
    return this;
  }

  /**
   * Verifies that the plan creates exactly {@code count} resources of {@code kind}.
   *
   * @param kind the AWS resource kind
   * @param count how many
   * @return this
   */
  public PlanAssert creates(AwsKind kind, int count) {
    isNotNull();
    List<String> created = actual.changes().stream()
        .filter(c -> c.kind() == kind && c.action() == ChangeAction.CREATE)
        .map(Change::logicalId)
        .collect(Collectors.toList());
    if (created.size() != count) {
      failWithMessage("Expected plan %s to create %d %s, but it creates %d: %s", actual.id(), count, kind.label(), created.size(), created);
    }
    return this;
  }

  /**
   * Verifies that the plan changes nothing: what is deployed is what the topology asks for.
   *
   * @return this
   */
  public PlanAssert hasNoChanges() {
    isNotNull();
    if (actual.hasChanges()) {
      failWithMessage("Expected plan %s to have no changes, but it has %s:%n%s", actual.id(), actual.summary(), actual.render());
    }
    return this;
  }

  /**
   * Verifies that the plan neither deletes nor replaces anything: it only creates and changes in
   * place, so no data or address is lost.
   *
   * @return this
   */
  public PlanAssert destroysNothing() {
    isNotNull();
    List<String> destroyed = actual.changes().stream()
        .filter(c -> c.action() == ChangeAction.DELETE || c.action() == ChangeAction.REPLACE)
        .map(c -> c.action().symbol() + " " + c.logicalId() + " (" + c.reason() + ")")
        .collect(Collectors.toList());
    if (!destroyed.isEmpty()) {
      failWithMessage("Expected plan %s to delete or replace nothing, but:%n  %s", actual.id(), String.join(System.lineSeparator() + "  ", destroyed));
    }
    return this;
  }

  private Optional<Change> change(String logicalId) {
    return actual.changes().stream().filter(c -> c.logicalId().equals(logicalId)).findFirst();
  }
}
