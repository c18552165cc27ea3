package dev.tenkai.aws.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.plan.Planner;
import dev.tenkai.aws.plan.PropertySpec;
import dev.tenkai.aws.plan.StackState;
import dev.tenkai.aws.plan.TestStacks;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symmetry by construction, against the emulator, for every kind a topology uses: after apply,
 * every property the schema compares is read back, the plan is empty, and changing any one
 * compared property of any resource plans exactly that difference, with its declared behaviour.
 */
@ExtendWith(MotoExtension.class)
class KindSymmetryOnMotoTest {
  static Stream<Topology> topologies() {
    return Stream.of(ReferenceTopologies.modern(), ReferenceTopologies.of2012());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topologies")
  void everyComparedPropertyIsReadBackAndEveryChangeIsPlannedAsDeclared(Topology t, LocalEmulator moto) {
    ResourceHandlers kinds = ResourceHandlers.standard();
    try (AwsProvider aws = AwsProvider.create(moto.options(t).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).build())) {
      ApplyResult applied = aws.apply(aws.plan(t), ApplyGate.validatedBy(Validator.builder().build()), ApplyListener.NONE);
      assertThat(applied.succeeded()).as(applied.summary()).isTrue();
      DesiredStack desired = aws.desired(t);
      StackState read = aws.discover(t);

      List<String> notReadBack = new ArrayList<>();
      for (DesiredResource d : desired.resources().values()) {
        CurrentResource c = read.require(d.logicalId());
        kinds.of(d.kind()).schema().properties().keySet().stream()
            .filter(p -> d.properties().containsKey(p) && !c.properties().containsKey(p))
            .forEach(p -> notReadBack.add(d.logicalId() + "." + p));
      }
      assertThat(notReadBack).as("compared properties the kind does not read back").isEmpty();
      Plan again = aws.plan(t);
      assertThat(again.hasChanges()).as(again.render()).isFalse();

      Planner planner = new Planner(kinds);
      Set<AwsKind> seen = new LinkedHashSet<>();
      int checked = 0;
      for (DesiredResource d : desired.resources().values()) {
        seen.add(d.kind());
        for (Map.Entry<String, PropertySpec> e : kinds.of(d.kind()).schema().properties().entrySet()) {
          String name = e.getKey();
          String value = d.properties().get(name);
          if (value == null || value.isEmpty()) {
            continue;
          }
          Map<String, String> props = new HashMap<>(d.properties());
          props.put(name, changed(value));
          List<DesiredResource> all = new ArrayList<>(desired.resources().values());
          all.set(all.indexOf(d), DesiredResource.of(d.kind(), d.logicalId(), props, d.dependencies(), d.zone()));
          List<Change> changes = planner.changes(TestStacks.of(all), read);
          Change own = changes.stream().filter(c -> c.logicalId().equals(d.logicalId())).findFirst().orElseThrow();
          assertThat(own.diffs()).as("%s.%s", d.logicalId(), name).singleElement().satisfies(diff -> {
            assertThat(diff.name()).isEqualTo(name);
            assertThat(diff.behaviour()).isEqualTo(e.getValue().behaviour());
          });
          // Nothing else changes, except what refers to a replaced resource.
          assertThat(changes).filteredOn(c -> !c.logicalId().equals(d.logicalId()) && c.action() != ChangeAction.NO_CHANGE)
              .as("%s.%s", d.logicalId(), name).allSatisfy(c -> assertThat(c.reason()).contains("is replaced"));
          checked++;
        }
      }
      assertThat(checked).isGreaterThan(seen.size());
      System.out.println("symmetry " + t.name() + ": " + seen.size() + " kinds, " + checked + " single-property changes planned as declared");
    }
  }

  private static String changed(String value) {
    if (value.equals("true") || value.equals("false")) {
      return value.equals("true") ? "false" : "true";
    }
    if (value.matches("\\d+")) {
      return Long.toString(Long.parseLong(value) + 1);
    }
    return value + "-changed";
  }
}
