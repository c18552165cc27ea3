package dev.tenkai.aws.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.tenkai.analysis.RestartMode;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.RestartWave;
import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.GroupRoll;
import dev.tenkai.aws.plan.RollStep;
import dev.tenkai.aws.plan.RollStepKind;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Topology;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The plan's rolling schedule, built from changes alone (no AWS), against the restart analysis. */
class RollingScheduleTest {
  private static final ZoneMap TOKYO = ZoneMap.of(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c"));
  private static final AwsOptions OPTIONS = LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build();

  static Topology web(Map<String, Integer> perZone, String instanceClass, RestartPolicy policy) {
    Topology t = ReferenceTopologies.modern();
    return ImmutableTopology.copyOf(t).withServerGroups(
        ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow())
            .withCountPerZone(perZone).withInstanceClass(instanceClass).withRestartPolicy(policy).withMinimumInService(1));
  }

  /** What discovery would read of {@code t}'s stack, as applied: every resource as desired. */
  static StackState applied(Topology t) {
    DesiredStack d = TopologyMapping.map(t, TOKYO, OPTIONS);
    StackState s = new StackState(t.name());
    int n = 0;
    for (DesiredResource r : d.resources().values()) {
      s.put(CurrentResource.of(r.kind(), r.logicalId(), "phys-" + n++, r.properties(), Map.of()));
    }
    return s;
  }

  static List<Change> changes(Topology from, Topology to) {
    return new Planner(dev.tenkai.aws.handlers.ResourceHandlers.standard()).changes(TopologyMapping.map(to, TOKYO, OPTIONS), applied(from));
  }

  @Test
  void scalingOutLaunchesAndWaitsForHealthBeforeAnythingElse() {
    Topology one = web(Map.of("a", 1, "c", 1), "c6i.large", RestartPolicy.batchesOf(1));
    Topology three = web(Map.of("a", 3, "c", 3), "c6i.large", RestartPolicy.batchesOf(1));
    GroupRoll roll = RollingSchedule.of(three, changes(one, three)).group("web").orElseThrow();
    assertThat(roll.steps()).hasSize(1);
    RollStep out = roll.steps().get(0);
    assertThat(out.kind()).isEqualTo(RollStepKind.SCALE_OUT);
    assertThat(out.serversPerZone()).containsExactly(
        Map.entry("a", List.of("instance/web/a/2", "instance/web/a/3")), Map.entry("c", List.of("instance/web/c/2", "instance/web/c/3")));
    HealthCheck hc = three.loadBalancer("web-lb").orElseThrow().healthCheck();
    assertThat(out.duration()).isEqualTo(Duration.ofSeconds(20).plus(hc.timeToInService()));
    assertThat(out.inServiceDuring()).containsExactly(Map.entry("a", 1), Map.entry("c", 1));
    assertThat(out.inServiceAfter()).containsExactly(Map.entry("a", 3), Map.entry("c", 3));

    GroupRoll back = RollingSchedule.of(one, changes(three, one)).group("web").orElseThrow();
    assertThat(back.steps()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(RollStepKind.SCALE_IN);
      assertThat(s.servers()).containsExactly("instance/web/a/2", "instance/web/a/3", "instance/web/c/2", "instance/web/c/3");
      assertThat(s.duration()).isEqualTo(one.loadBalancer("web-lb").orElseThrow().deregistrationDelay());
      assertThat(s.inServiceDuring()).containsExactly(Map.entry("a", 1), Map.entry("c", 1));
    });
  }

  @Test
  void spreadingToANewZoneIsAScaleOutThere() {
    Topology aOnly = web(Map.of("a", 2), "c6i.large", RestartPolicy.zoneByZone());
    Topology both = web(Map.of("a", 2, "c", 1), "c6i.large", RestartPolicy.zoneByZone());
    GroupRoll roll = RollingSchedule.of(both, changes(aOnly, both)).group("web").orElseThrow();
    assertThat(roll.steps()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(RollStepKind.SCALE_OUT);
      assertThat(s.serversPerZone()).containsExactly(Map.entry("c", List.of("instance/web/c/1")));
    });
  }

  @Test
  void aGroupBehindTwoLoadBalancersIsNotRolled() {
    Topology one = web(Map.of("a", 1, "c", 1), "c6i.large", RestartPolicy.batchesOf(1));
    dev.tenkai.model.LoadBalancer second = ImmutableLoadBalancer.copyOf(one.loadBalancer("web-lb").orElseThrow())
        .withName("admin-lb").withListeners(dev.tenkai.model.Listener.http(8080));
    Topology two = ImmutableTopology.copyOf(one).withLoadBalancers(one.loadBalancer("web-lb").orElseThrow(), second);
    Topology twoBigger = ImmutableTopology.copyOf(two).withServerGroups(
        ImmutableServerGroup.copyOf(two.serverGroup("web").orElseThrow()).withInstanceClass("c6i.xlarge"));
    assertThat(RollingSchedule.of(twoBigger, changes(two, twoBigger)).group("web")).isEmpty();
    assertThat(RollingSchedule.of(web(Map.of("a", 1, "c", 1), "c6i.xlarge", RestartPolicy.batchesOf(1)),
        changes(one, web(Map.of("a", 1, "c", 1), "c6i.xlarge", RestartPolicy.batchesOf(1)))).group("web")).isPresent();
  }

  @Test
  void nothingToRollWhenOnlyTheDatabaseChanges() {
    Topology t = web(Map.of("a", 1, "c", 1), "c6i.large", RestartPolicy.batchesOf(1));
    assertThat(RollingSchedule.of(t, changes(t, t)).isEmpty()).isTrue();
  }

  @Test
  void theRenderedScheduleShowsStepsDurationsAndCapacity() {
    Topology one = web(Map.of("a", 1, "c", 1), "c6i.large", RestartPolicy.batchesOf(1));
    Topology bigger = web(Map.of("a", 1, "c", 1), "c6i.xlarge", RestartPolicy.batchesOf(1));
    String text = RollingSchedule.of(bigger, changes(one, bigger)).render();
    assertThat(text).contains("Rolling web behind web-lb (batches of 1, create before destroy)")
        .contains(" 1. at 0s      replace   [a: 1]").contains(" 2. at ").contains("[c: 1]")
        .contains("in service a:1 c:1 -> a:1 c:1").contains("never fewer than 2 in service, at most 1 extra server(s) at once");
    // 20 s boot + 3 x 30 s health checks + 30 s drain = 2m20s a batch, two batches.
    assertThat(text).contains("expected 4m40s");
  }

  @Test
  void thePlanShowsTheScheduleAfterItsChangesAndInItsJson() throws Exception {
    Topology one = web(Map.of("a", 1, "c", 1), "c6i.large", RestartPolicy.zoneByZone());
    Topology three = web(Map.of("a", 3, "c", 3), "c6i.xlarge", RestartPolicy.zoneByZone());
    Plan plan = new Plan(three, TopologyMapping.map(three, TOKYO, OPTIONS), changes(one, three));
    String text = plan.render();
    assertThat(text.indexOf("Rolling web behind web-lb (zone by zone, create before destroy)"))
        .isGreaterThan(text.indexOf("instance/web/c/3")).isLessThan(text.indexOf("to create,"));
    assertThat(text).contains(" 1. at 0s      scale out [a: 2,3; c: 2,3]")
        .contains(" 2. at 1m50s   replace   [a: 1]").contains(" 3. at 4m10s   replace   [c: 1]");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plan.toJson());
    com.fasterxml.jackson.databind.JsonNode roll = json.get("rolling").get(0);
    assertThat(roll.get("group").asText()).isEqualTo("web");
    assertThat(roll.get("minimumInService").asInt()).isEqualTo(2);
    assertThat(roll.get("steps")).hasSize(3);
    assertThat(roll.get("steps").get(1).get("kind").asText()).isEqualTo("replace");
    assertThat(roll.get("steps").get(1).get("servers").get("a").get(0).asText()).isEqualTo("instance/web/a/1");
    assertThat(roll.get("expectedSeconds").asLong()).isEqualTo(plan.rolling().group("web").orElseThrow().duration().getSeconds());
  }

  @Test
  void theReplacementBatchesAreTheRestartAnalysisInSurgeMode() {
    qt().withExamples(150)
        .forAll(integers().between(1, 5), integers().between(0, 5), integers().between(0, 4), integers().between(5, 120))
        .checkAssert((a, c, policyCode, bootSeconds) -> {
          RestartPolicy policy = policyCode == 0 ? RestartPolicy.allAtOnce()
              : policyCode == 1 ? RestartPolicy.zoneByZone() : RestartPolicy.batchesOf(policyCode - 1);
          Map<String, Integer> perZone = new LinkedHashMap<>();
          perZone.put("a", a);
          if (c > 0) {
            perZone.put("c", c);
          }
          Topology before = withBoot(web(perZone, "c6i.large", policy), bootSeconds);
          Topology after = withBoot(web(perZone, "c6i.xlarge", policy), bootSeconds);
          GroupRoll roll = RollingSchedule.of(after, changes(before, after)).group("web").orElseThrow();
          RestartTimeline timeline = RestartTimeline.of(after, "web", policy, RestartMode.SURGE);

          List<RollStep> steps = roll.replacements();
          assertThat(steps).hasSize(timeline.batches()).hasSize(roll.steps().size());
          List<Map<String, Integer>> expected = new ArrayList<>();
          List<Duration> starts = new ArrayList<>();
          for (RestartWave w : timeline.waves()) {
            for (int b = 0; b < w.batches(); b++) {
              expected.add(w.batchPerZone());
              starts.add(w.start().plus(w.batchDuration().multipliedBy(b)));
            }
          }
          assertThat(steps.stream().map(s -> s.serversPerZone().entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()))).collect(Collectors.toList()))
              .isEqualTo(expected);
          assertThat(steps.stream().map(RollStep::start).collect(Collectors.toList())).isEqualTo(starts);
          assertThat(steps).allSatisfy(s -> assertThat(s.duration()).isEqualTo(timeline.batchDuration()));
          assertThat(roll.duration()).isEqualTo(timeline.duration());
          assertThat(roll.minimumInService()).isEqualTo(timeline.minimumCapacity()).isEqualTo(a + c);
          assertThat(roll.surge()).isEqualTo(timeline.surgeServers());
          // Every server is replaced exactly once.
          assertThat(steps.stream().flatMap(s -> s.servers().stream()).distinct().count()).isEqualTo(a + c);
        });
  }

  private static Topology withBoot(Topology t, int seconds) {
    Topology withLb = ImmutableTopology.copyOf(t).withLoadBalancers(
        ImmutableLoadBalancer.copyOf(t.loadBalancer("web-lb").orElseThrow()).withDeregistrationDelay(Duration.ofSeconds(seconds / 2)));
    return ImmutableTopology.copyOf(withLb).withServerGroups(
        ImmutableServerGroup.copyOf(withLb.serverGroup("web").orElseThrow()).withBootTime(Duration.ofSeconds(seconds)));
  }

  @Test
  void aGroupWhoseLoadBalancerIsCreatedIsNotRolled() {
    Topology t = web(Map.of("a", 1, "c", 1), "c6i.large", RestartPolicy.batchesOf(1));
    StackState empty = new StackState(t.name());
    List<Change> all = new Planner(dev.tenkai.aws.handlers.ResourceHandlers.standard()).changes(TopologyMapping.map(t, TOKYO, OPTIONS), empty);
    assertThat(RollingSchedule.of(t, all).isEmpty()).isTrue();
    assertThat(all).extracting(Change::action).contains(ChangeAction.CREATE);
  }
}
