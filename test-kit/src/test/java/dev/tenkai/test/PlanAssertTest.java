package dev.tenkai.test;

import static dev.tenkai.test.TenkaiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PlanAssert on plans made offline from the reference deployment's desired stack. */
class PlanAssertTest {
  private final Topology topology = ReferenceTopologies.modern();
  private final DesiredStack desired = TopologyMapping.map(topology,
      ZoneMap.of(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c")), LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build());

  private Plan plan(ChangeAction action) {
    List<Change> changes = desired.resources().values().stream()
        .map(r -> new Change(r.logicalId(), r.kind(), action, "test", List.of(), Optional.of(r), Optional.empty()))
        .collect(Collectors.toList());
    return new Plan(topology, desired, changes);
  }

  @Test
  void aFirstPlanCreatesEveryResource() {
    assertThat(plan(ChangeAction.CREATE))
        .creates("vpc", "load-balancer/web-lb")
        .creates(AwsKind.LOAD_BALANCER, 1)
        .destroysNothing();
  }

  @Test
  void aResourceNotCreatedIsNamedWithWhatThePlanDoesToIt() {
    assertThatThrownBy(() -> assertThat(plan(ChangeAction.NO_CHANGE)).creates("vpc", "load-balancer/nope"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("vpc: NO_CHANGE")
        .hasMessageContaining("load-balancer/nope: not in the plan");
    assertThatThrownBy(() -> assertThat(plan(ChangeAction.CREATE)).creates(AwsKind.LOAD_BALANCER, 2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to create 2 load-balancer, but it creates 1: [load-balancer/web-lb]");
  }

  @Test
  void noChangesAndNothingDestroyed() {
    assertThat(plan(ChangeAction.NO_CHANGE)).hasNoChanges().destroysNothing();
    assertThatThrownBy(() -> assertThat(plan(ChangeAction.CREATE)).hasNoChanges()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(plan(ChangeAction.REPLACE)).destroysNothing())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-/+ vpc");
  }
}
