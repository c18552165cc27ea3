package dev.tenkai.rules.balancing;

import static dev.tenkai.rules.RuleTesting.messages;
import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.of2012;
import static dev.tenkai.rules.RuleTesting.violations;
import static dev.tenkai.rules.RuleTesting.withLb;
import static dev.tenkai.rules.RuleTesting.withWeb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Stickiness;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalancingRulesTest {
  private static final Stickiness ONE_HOUR = Stickiness.on(Duration.ofHours(1));

  @Test
  void stickinessWithOneBackendPerZoneIsAnError() {
    Topology t = withLb(of2012(), lb -> lb.withStickiness(ONE_HOUR));
    assertThat(violations(new StickySessionsWithLoneBackend(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("loadBalancers[web-lb]");
          assertThat(v.message())
              .isEqualTo("load balancer web-lb binds sessions for 1h to backends {a=1, c=1} per zone; zones [a, c] have"
                  + " a single backend, whose loss sends the sessions bound to it to 502");
        });
    assertThat(violations(new StickySessionsAcrossZones(), t)).isEmpty();
  }

  @Test
  void stickinessWithSeveralBackendsPerZoneIsAWarningOnly() {
    Topology t = withLb(modern(), lb -> lb.withStickiness(ONE_HOUR));
    assertThat(violations(new StickySessionsWithLoneBackend(), t)).isEmpty();
    assertThat(messages(new StickySessionsAcrossZones(), t))
        .containsExactly("load balancer web-lb binds sessions for 1h to backends spread over zones {a=2, c=2}; a zone"
            + " outage drops the sessions bound there");
  }

  @Test
  void noStickinessNoFinding() {
    assertThat(violations(new StickySessionsWithLoneBackend(), of2012())).isEmpty();
    assertThat(violations(new StickySessionsAcrossZones(), modern())).isEmpty();
  }

  @Test
  void restartingEveryServerAtOnceIsFlagged() {
    Topology t = withWeb(modern(), g -> g.withRestartPolicy(RestartPolicy.allAtOnce()));
    assertThat(violations(new RestartTakesAllBackendsDown(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("serverGroups[web]");
          assertThat(v.message())
              .isEqualTo("restart policy all-at-once takes all 4 servers of web down together for 20s, leaving load balancer"
                  + " web-lb without backends");
        });
  }

  @Test
  void aBatchAsLargeAsTheGroupIsAllAtOnce() {
    Topology t = withWeb(modern(), g -> g.withRestartPolicy(RestartPolicy.batchesOf(4)));
    assertThat(messages(new RestartTakesAllBackendsDown(), t))
        .containsExactly("restart policy batches of 4 takes all 4 servers of web down together for 20s, leaving load balancer"
            + " web-lb without backends");
  }

  @Test
  void aSingleServerGroupCannotRestartWithoutAnOutage() {
    Topology t = withWeb(of2012(), g -> g.withCountPerZone(Map.of("a", 1)));
    assertThat(messages(new RestartTakesAllBackendsDown(), t))
        .containsExactly("restart policy batches of 1 takes the only server of web down together for 20s, leaving load"
            + " balancer web-lb without backends");
  }

  @Test
  void emptyingAZoneMattersOnlyWithoutCrossZoneRouting() {
    Topology zoneByZone = withWeb(modern(), g -> g.withRestartPolicy(RestartPolicy.zoneByZone()));
    assertThat(violations(new RestartTakesAllBackendsDown(), zoneByZone)).isEmpty();
    Topology noCrossZone = withLb(zoneByZone, lb -> lb.withCrossZone(false));
    assertThat(messages(new RestartTakesAllBackendsDown(), noCrossZone))
        .containsExactly("restart policy zone-by-zone can take all 2 servers of web in zone a down together for 40s, and load"
            + " balancer web-lb does not route across zones");
    Topology rolling = withLb(modern(), lb -> lb.withCrossZone(false));
    assertThat(violations(new RestartTakesAllBackendsDown(), rolling)).isEmpty();
  }

  @Test
  void healthCheckShorterThanBootIsFlagged() {
    HealthCheck quick = HealthCheck.builder().interval(Duration.ofSeconds(5)).unhealthyThreshold(2).build();
    Topology t = withLb(modern(), lb -> lb.withHealthCheck(quick));
    assertThat(violations(new HealthCheckShorterThanBoot(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("loadBalancers[web-lb]");
          assertThat(v.message())
              .isEqualTo("load balancer web-lb declares a backend dead after 10s (grace 0s, interval 5s x unhealthy"
                  + " threshold 2) but server group web takes 20s to boot");
        });
  }

  @Test
  void aGracePeriodLongerThanTheBootPasses() {
    HealthCheck graced =
        HealthCheck.builder().interval(Duration.ofSeconds(5)).unhealthyThreshold(2).gracePeriod(Duration.ofSeconds(30)).build();
    assertThat(violations(new HealthCheckShorterThanBoot(), withLb(modern(), lb -> lb.withHealthCheck(graced)))).isEmpty();
    assertThat(violations(new HealthCheckShorterThanBoot(), modern())).isEmpty();
  }
}
