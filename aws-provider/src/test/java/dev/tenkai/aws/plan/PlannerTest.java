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
  private static final PropertyRules RULES = kind -> {
    switch (kind) {
      case TARGET_GROUP:
        return KindSchema.builder().replacing("port").inPlace("stickiness", "targets").build();
      case VPC:
        return KindSchema.builder().replacing("cidr").build();
      case SUBNET:
        return KindSchema.builder().replacing("cidr", "vpc").build();
      case DB_INSTANCE:
        return KindSchema.builder()
            .with("storageEncrypted", PropertySpec.immutable("a database cannot be encrypted in place; replacing it would lose its data"))
            .with("instanceClass", PropertySpec.of(UpdateBehaviour.STOP_START))
            .with("backupWindow", PropertySpec.of(UpdateBehaviour.IN_PLACE).whenAbsentAssigned())
            .inPlace("port")
            .build();
      default:
        return KindSchema.builder().build();
    }
  };

  private static DesiredResource db(Map<String, String> properties) {
    return DesiredResource.of(AwsKind.DB_INSTANCE, "db-instance/db", properties, Set.of(), Optional.empty());
  }

  private static CurrentResource readBack(DesiredResource d, Map<String, String> properties) {
    return CurrentResource.of(d.kind(), d.logicalId(), "db-1", properties, Map.of());
  }

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

  @Test
  void anAbsentWindowIsWhateverAwsAssignedSoTheStackConverges() {
    StackState state = new StackState("s");
    DesiredResource d = db(Map.of("storageEncrypted", "true", "instanceClass", "db.t3.micro", "port", "3306"));
    state.put(readBack(d, Map.of("storageEncrypted", "true", "instanceClass", "db.t3.micro", "port", "3306", "backupWindow", "13:14-13:44")));
    assertThat(new Planner(RULES).changes(stack(d), state)).singleElement()
        .satisfies(c -> assertThat(c.action()).isEqualTo(ChangeAction.NO_CHANGE));
    // A window that is modelled is compared.
    DesiredResource withWindow = db(Map.of("storageEncrypted", "true", "instanceClass", "db.t3.micro", "port", "3306", "backupWindow", "03:00-03:30"));
    assertThat(new Planner(RULES).changes(stack(withWindow), state)).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
      assertThat(c.diffs()).singleElement().satisfies(x -> assertThat(x.toString()).isEqualTo("backupWindow: 13:14-13:44 -> 03:00-03:30"));
    });
  }

  @Test
  void aPropertyTheMappingSetsButNothingReadsBackIsADifferenceNotABlindSpot() {
    StackState state = new StackState("s");
    DesiredResource d = db(Map.of("storageEncrypted", "true", "instanceClass", "db.t3.micro", "port", "3306"));
    state.put(readBack(d, Map.of("storageEncrypted", "true", "instanceClass", "db.t3.micro")));
    assertThat(new Planner(RULES).changes(stack(d), state)).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
      assertThat(c.diffs()).extracting(PropertyDiff::name).containsExactly("port");
    });
  }

  @Test
  void anImmutablePropertyIsRefusedWithItsReasonAndApplyWouldRefuse() {
    StackState state = new StackState("s");
    DesiredResource d = db(Map.of("storageEncrypted", "true", "instanceClass", "db.t3.micro", "port", "3306"));
    state.put(readBack(d, Map.of("storageEncrypted", "false", "instanceClass", "db.t3.micro", "port", "3306")));
    List<Change> changes = new Planner(RULES).changes(stack(d), state);
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.REFUSED);
      assertThat(c.reason()).contains("storageEncrypted: false -> true (cannot change): a database cannot be encrypted in place");
    });
    Plan plan = new Plan(ReferenceTopologies.modern(), stack(d), changes);
    assertThat(plan.refused()).hasSize(1);
    assertThat(plan.hasChanges()).isFalse();
    assertThat(plan.render()).contains("!   db-instance/db").contains("apply refuses this plan");
  }

  @Test
  void aStopStartPropertyUpdatesInPlaceAndSaysSo() {
    StackState state = new StackState("s");
    DesiredResource d = db(Map.of("storageEncrypted", "true", "instanceClass", "db.m7g.large", "port", "3306"));
    state.put(readBack(d, Map.of("storageEncrypted", "true", "instanceClass", "db.t3.micro", "port", "3306")));
    assertThat(new Planner(RULES).changes(stack(d), state)).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
      assertThat(c.reason()).isEqualTo("instanceClass: db.t3.micro -> db.m7g.large (stop and start)");
    });
  }
}
