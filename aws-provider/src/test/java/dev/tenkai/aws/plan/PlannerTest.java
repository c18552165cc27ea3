package dev.tenkai.aws.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.ZoneMap;
import dev.tenkai.fixtures.ReferenceTopologies;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final PropertyRules RULES = kind -> kind == AwsKind.TARGET_GROUP ? Set.of("stickiness", "targets") : Set.of();

  private static DesiredResource vpc(String cidr) {
    return DesiredResource.of(AwsKind.VPC, "vpc", Map.of("cidr", cidr), Set.of(), Optional.empty());
  }

  private static DesiredResource subnet() {
    return DesiredResource.of(AwsKind.SUBNET, "subnet/public/a", Map.of("cidr", "10.0.0.0/24", "vpc", "vpc"), Set.of("vpc"), Optional.of("a"));
  }

  private static DesiredResource targetGroup(String stickiness) {
    return DesiredResource.of(AwsKind.TARGET_GROUP, "target-group/lb", Map.of("port", "80", "stickiness", stickiness), Set.of(), Optional.empty());
  }

  private static DesiredStack stack(DesiredResource... rs) {
    return new DesiredStack("s", "ap-northeast-1", ZoneMap.of(Map.of("a", "ap-northeast-1a")), List.of(rs), List.of());
  }

  private static CurrentResource current(DesiredResource d, String physical) {
    return CurrentResource.of(d.kind(), d.logicalId(), physical, d.properties(), Map.of());
  }

  private static Map<String, ChangeAction> actions(List<Change> changes) {
    return changes.stream().collect(Collectors.toMap(Change::logicalId, Change::action));
  }

  @Test
  void nothingExistsSoEverythingIsCreated() {
    List<Change> changes = new Planner(RULES).changes(stack(vpc("10.0.0.0/16"), subnet()), new StackState("s"));
    assertThat(actions(changes)).containsExactlyInAnyOrderEntriesOf(Map.of("vpc", ChangeAction.CREATE, "subnet/public/a", ChangeAction.CREATE));
  }

  @Test
  void anUnchangedStackHasNoChanges() {
    StackState state = new StackState("s");
    state.put(current(vpc("10.0.0.0/16"), "vpc-1"));
    state.put(current(subnet(), "subnet-1"));
    Plan plan = new Plan(ReferenceTopologies.modern(), stack(vpc("10.0.0.0/16"), subnet()),
        new Planner(RULES).changes(stack(vpc("10.0.0.0/16"), subnet()), state));
    assertThat(plan.hasChanges()).isFalse();
    assertThat(plan.render()).contains("No changes");
  }

  @Test
  void anUpdatablePropertyUpdatesInPlaceAndSaysWhat() {
    StackState state = new StackState("s");
    state.put(current(targetGroup("false"), "arn:tg"));
    List<Change> changes = new Planner(RULES).changes(stack(targetGroup("true")), state);
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
      assertThat(c.diffs()).singleElement().satisfies(d -> assertThat(d.toString()).isEqualTo("stickiness: false -> true"));
    });
  }

  @Test
  void anImmutablePropertyReplacesAndItsDependentsFollow() {
    StackState state = new StackState("s");
    state.put(current(vpc("10.0.0.0/16"), "vpc-1"));
    state.put(current(subnet(), "subnet-1"));
    List<Change> changes = new Planner(RULES).changes(stack(vpc("10.1.0.0/16"), subnet()), state);
    assertThat(actions(changes)).containsExactlyInAnyOrderEntriesOf(Map.of("vpc", ChangeAction.REPLACE, "subnet/public/a", ChangeAction.REPLACE));
    assertThat(changes.get(0).reason()).contains("forces replacement");
    assertThat(changes.get(1).reason()).contains("vpc is replaced");
  }

  @Test
  void anOwnedResourceNoLongerModelledIsDeleted() {
    StackState state = new StackState("s");
    state.put(current(vpc("10.0.0.0/16"), "vpc-1"));
    state.put(current(subnet(), "subnet-1"));
    List<Change> changes = new Planner(RULES).changes(stack(vpc("10.0.0.0/16")), state);
    assertThat(actions(changes)).containsEntry("subnet/public/a", ChangeAction.DELETE).containsEntry("vpc", ChangeAction.NO_CHANGE);
  }

  @Test
  void thePlanIsReadableAndJson() {
    StackState state = new StackState("s");
    state.put(current(targetGroup("false"), "arn:tg"));
    Plan plan = new Plan(ReferenceTopologies.modern(), stack(targetGroup("true"), vpc("10.0.0.0/16")),
        new Planner(RULES).changes(stack(targetGroup("true"), vpc("10.0.0.0/16")), state));
    assertThat(plan.render()).contains("~   target-group/lb").contains("+   vpc").contains("1 to create, 1 to update");
    assertThat(plan.toJson()).contains("\"action\" : \"update\"").contains("\"property\" : \"stickiness\"").contains("\"hasChanges\" : true");
  }
}
