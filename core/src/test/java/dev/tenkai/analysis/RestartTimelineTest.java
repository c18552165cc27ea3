package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.ImmutableHealthCheck;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestartTimelineTest {
  /** The seed's pitfall: a 20 s boot, a health check that declares dead in 5 s x 2 = 10 s. */
  static final ImmutableHealthCheck FAST_CHECK =
      HealthCheck.builder()
          .interval(Duration.ofSeconds(5))
          .unhealthyThreshold(2)
          .healthyThreshold(3)
          .build();

  static Topology seed(HealthCheck hc, RestartPolicy policy, Map<String, Integer> perZone) {
    Topology t = ReferenceTopologies.of2012();
    return ImmutableTopology.copyOf(t)
        .withLoadBalancers(ImmutableLoadBalancer.copyOf(t.loadBalancer("web-lb").orElseThrow()).withHealthCheck(hc))
        .withServerGroups(
            ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow())
                .withRestartPolicy(policy)
                .withCountPerZone(perZone));
  }

  @Test
  void allAtOnceWithASlowBootIsAFullOutageUntilTheHealthCheckLetsThemBackIn() {
    Topology t = seed(FAST_CHECK, RestartPolicy.allAtOnce(), Map.of("a", 1, "c", 1));
    RestartTimeline r = RestartTimeline.of(t, "web");
    assertThat(FAST_CHECK.timeToDeclareDead()).isEqualTo(Duration.ofSeconds(10));
    assertThat(r.detached()).isTrue();
    assertThat(r.fullOutage()).isTrue();
    Duration expected = t.serverGroup("web").orElseThrow().bootTime().plus(FAST_CHECK.timeToInService());
    assertThat(r.outageTime()).isEqualTo(expected).isEqualTo(Duration.ofSeconds(35));
    assertThat(r.outageSpans()).containsExactly(new RestartTimeline.Span(Duration.ZERO, Duration.ofSeconds(35)));
    assertThat(r.minimumCapacity()).isZero();
    assertThat(r.failingWindowPerBatch()).isEqualTo(Duration.ofSeconds(10));
    assertThat(r.steps())
        .extracting(RestartStep::at, RestartStep::inService)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Duration.ZERO, 0),
            org.assertj.core.groups.Tuple.tuple(Duration.ofSeconds(10), 0),
            org.assertj.core.groups.Tuple.tuple(Duration.ofSeconds(20), 0),
            org.assertj.core.groups.Tuple.tuple(Duration.ofSeconds(35), 2));
    assertThat(r.steps().get(1).event()).contains("declared dead");
    assertThat(r.inServiceAt(Duration.ofSeconds(34))).isZero();
    assertThat(r.inServiceAt(Duration.ofSeconds(35))).isEqualTo(2);
  }

  @Test
  void allAtOnceIsStillDownForTheBootWhenTheCheckIsPatient() {
    HealthCheck patient = HealthCheck.builder().interval(Duration.ofSeconds(5)).gracePeriod(Duration.ofSeconds(60)).build();
    RestartTimeline r = RestartTimeline.of(seed(patient, RestartPolicy.allAtOnce(), Map.of("a", 1, "c", 1)), "web");
    assertThat(r.detached()).isFalse();
    assertThat(r.outageTime()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void rollingOneByOneWithEnoughGraceHasNoOutage() {
    HealthCheck graceful = FAST_CHECK.withGracePeriod(Duration.ofSeconds(30));
    RestartTimeline r = RestartTimeline.of(seed(graceful, RestartPolicy.batchesOf(1), Map.of("a", 1, "c", 1)), "web");
    assertThat(r.detached()).isFalse();
    assertThat(r.fullOutage()).isFalse();
    assertThat(r.outageSpans()).isEmpty();
    assertThat(r.minimumCapacity()).isEqualTo(1);
    assertThat(r.batches()).isEqualTo(2);
    assertThat(r.duration()).isEqualTo(Duration.ofSeconds(40));
    assertThat(r.steps()).extracting(RestartStep::inService).containsExactly(1, 1, 2);
    assertThat(r.steps().get(0).inServicePerZone()).containsEntry("a", 0).containsEntry("c", 1);
    assertThat(r.steps().get(1).inServicePerZone()).containsEntry("a", 1).containsEntry("c", 0);
  }

  @Test
  void rollingWithoutGraceIsDetachedEachTimeButNeverDown() {
    RestartTimeline r = RestartTimeline.of(seed(FAST_CHECK, RestartPolicy.batchesOf(1), Map.of("a", 1, "c", 1)), "web");
    assertThat(r.detached()).isTrue();
    assertThat(r.fullOutage()).isFalse();
    assertThat(r.batchDuration()).isEqualTo(Duration.ofSeconds(35));
    assertThat(r.duration()).isEqualTo(Duration.ofSeconds(70));
  }

  @Test
  void batchesFillZoneAfterZoneAndStraddleBetween() {
    Topology t = seed(FAST_CHECK, RestartPolicy.batchesOf(3), Map.of("a", 5, "c", 4));
    RestartTimeline r = RestartTimeline.of(t, "web");
    assertThat(r.waves())
        .extracting(RestartWave::batches, RestartWave::batchPerZone)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Map.of("a", 3)),
            org.assertj.core.groups.Tuple.tuple(1, Map.of("a", 2, "c", 1)),
            org.assertj.core.groups.Tuple.tuple(1, Map.of("c", 3)));
    assertThat(r.minimumCapacity()).isEqualTo(6);
    assertThat(r.timeBelowNeeded()).isEqualTo(Duration.ZERO);
  }

  @Test
  void zoneByZoneLeavesTheOtherZoneServing() {
    RestartTimeline r = RestartTimeline.of(ReferenceTopologies.modern(), "web", RestartPolicy.zoneByZone());
    assertThat(r.batches()).isEqualTo(2);
    assertThat(r.minimumCapacity()).isEqualTo(2);
    assertThat(r.fullOutage()).isFalse();
    assertThat(r.zoneGapTime()).isEqualTo(Duration.ZERO);
    Topology t = ReferenceTopologies.modern();
    Topology off =
        ImmutableTopology.copyOf(t)
            .withLoadBalancers(ImmutableLoadBalancer.copyOf(t.loadBalancer("web-lb").orElseThrow()).withCrossZone(false));
    RestartTimeline gap = RestartTimeline.of(off, "web", RestartPolicy.zoneByZone());
    assertThat(gap.zoneGapTime()).isEqualTo(gap.duration());
  }

  @Test
  void drainingFirstFailsNothingButTakesLonger() {
    Topology t = seed(FAST_CHECK, RestartPolicy.batchesOf(1), Map.of("a", 1, "c", 1));
    RestartTimeline r = RestartTimeline.of(t, "web", RestartPolicy.batchesOf(1), RestartMode.DRAIN_FIRST);
    Duration delay = t.loadBalancer("web-lb").orElseThrow().deregistrationDelay();
    assertThat(r.failingWindowPerBatch()).isZero();
    assertThat(r.batchDuration()).isEqualTo(delay.plus(Duration.ofSeconds(20)).plus(FAST_CHECK.timeToInService()));
    assertThat(r.steps()).extracting(RestartStep::at).contains(delay, delay.plus(Duration.ofSeconds(20)));
  }

  @Test
  void surgingKeepsEveryServerInServiceEvenWithOnePerZoneAllAtOnce() {
    Topology t = seed(FAST_CHECK, RestartPolicy.allAtOnce(), Map.of("a", 1, "c", 1));
    RestartTimeline r = RestartTimeline.of(t, "web", RestartPolicy.allAtOnce(), RestartMode.SURGE);
    Duration delay = t.loadBalancer("web-lb").orElseThrow().deregistrationDelay();
    Duration boot = t.serverGroup("web").orElseThrow().bootTime();
    assertThat(r.batches()).isEqualTo(1);
    assertThat(r.batchDuration()).isEqualTo(boot.plus(FAST_CHECK.timeToInService()).plus(delay));
    assertThat(r.minimumCapacity()).isEqualTo(2);
    assertThat(r.surgeServers()).isEqualTo(2);
    assertThat(r.fullOutage()).isFalse();
    assertThat(r.timeBelowNeeded()).isZero();
    assertThat(r.steps()).allSatisfy(s -> assertThat(s.inService()).isEqualTo(2));
    assertThat(r.steps()).extracting(RestartStep::at)
        .containsExactly(Duration.ZERO, boot, boot.plus(FAST_CHECK.timeToInService()), r.batchDuration());
    // The same policy in place is the seed's outage.
    assertThat(RestartTimeline.of(t, "web", RestartPolicy.allAtOnce()).fullOutage()).isTrue();
  }

  @Test
  void surgingTakesAsManyBatchesAsDrainingFirstAndNeverLosesCapacity() {
    org.quicktheories.QuickTheory.qt()
        .withExamples(100)
        .forAll(
            org.quicktheories.generators.SourceDSL.integers().between(1, 6),
            org.quicktheories.generators.SourceDSL.integers().between(0, 6),
            org.quicktheories.generators.SourceDSL.integers().between(1, 5))
        .checkAssert((a, c, k) -> {
          Topology t = seed(FAST_CHECK, RestartPolicy.batchesOf(k), c == 0 ? Map.of("a", a) : Map.of("a", a, "c", c));
          RestartTimeline surge = RestartTimeline.of(t, "web", RestartPolicy.batchesOf(k), RestartMode.SURGE);
          RestartTimeline drain = RestartTimeline.of(t, "web", RestartPolicy.batchesOf(k), RestartMode.DRAIN_FIRST);
          assertThat(surge.waves()).isEqualTo(drain.waves());
          assertThat(surge.minimumCapacity()).isEqualTo(a + c);
          assertThat(surge.zoneGapTime()).isZero();
          assertThat(surge.surgeServers()).isEqualTo(Math.min(k, a + c));
          assertThat(drain.minimumCapacity()).isLessThan(a + c);
        });
  }

  @Test
  void aHundredThousandServersOneByOneAreTwoWaves() {
    Topology t = seed(FAST_CHECK.withGracePeriod(Duration.ofSeconds(30)), RestartPolicy.batchesOf(1), Map.of("a", 50_000, "c", 50_000));
    RestartTimeline r = RestartTimeline.of(t, "web");
    assertThat(r.waves()).hasSize(2);
    assertThat(r.batches()).isEqualTo(100_000);
    assertThat(r.duration()).isEqualTo(Duration.ofSeconds(20).multipliedBy(100_000));
    assertThat(r.minimumCapacity()).isEqualTo(99_999);
    assertThat(r.inServiceAt(Duration.ofDays(1))).isEqualTo(99_999);
  }

  @Test
  void aLongerGraceNeverDetachesSoonerNorShortensTheRestart() {
    // Guards the fix of HealthCheck#timeToDeclareDead, which declared a backend dead sooner with
    // a grace of 11 s (11 s) than with one of 10 s (20 s).
    org.quicktheories.QuickTheory.qt()
        .withExamples(200)
        .forAll(
            org.quicktheories.generators.SourceDSL.integers().between(0, 120),
            org.quicktheories.generators.SourceDSL.integers().between(1, 10))
        .checkAssert(
            (grace, unhealthy) -> {
              HealthCheck shorter = FAST_CHECK.withGracePeriod(Duration.ofSeconds(grace)).withUnhealthyThreshold(unhealthy);
              HealthCheck longer = FAST_CHECK.withGracePeriod(Duration.ofSeconds(grace + 1)).withUnhealthyThreshold(unhealthy);
              assertThat(longer.timeToDeclareDead()).isGreaterThan(shorter.timeToDeclareDead());
              RestartTimeline a = RestartTimeline.of(seed(shorter, RestartPolicy.allAtOnce(), Map.of("a", 1, "c", 1)), "web");
              RestartTimeline b = RestartTimeline.of(seed(longer, RestartPolicy.allAtOnce(), Map.of("a", 1, "c", 1)), "web");
              if (b.detached()) {
                assertThat(a.detached()).isTrue();
              }
              assertThat(b.outageTime()).isLessThanOrEqualTo(a.outageTime());
            });
  }

  @Test
  void anUnknownGroupIsRejectedByName() {
    assertThatThrownBy(() -> RestartTimeline.of(ReferenceTopologies.modern(), "app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'app'")
        .hasMessageContaining(List.of("web").toString());
  }
}
