package dev.tenkai.dsl;

import static dev.tenkai.dsl.TenkaiTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Listener;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.RestartStrategy;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Stickiness;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServersAndBalancingTest {
  private static Topology web(java.util.function.Consumer<ServerGroupSpec> body) {
    return minimal(x -> x.serverGroup("web", g -> {
      g.instanceClass("c6i.large");
      body.accept(g);
    }));
  }

  @Test
  void perZonePutsTheCountInEveryZone() {
    ServerGroup g = web(s -> s.perZone(2)).serverGroup("web").orElseThrow();
    assertThat(g.countPerZone()).isEqualTo(Map.of("a", 2, "c", 2));
    assertThat(g.tier()).isEqualTo("private");
  }

  @Test
  void spreadEvenlyGivesTheFirstZonesTheRemainder() {
    assertThat(web(s -> s.spreadEvenly(5)).serverGroup("web").orElseThrow().countPerZone())
        .isEqualTo(Map.of("a", 3, "c", 2));
    assertThat(web(s -> s.spreadEvenly(1)).serverGroup("web").orElseThrow().countPerZone())
        .isEqualTo(Map.of("a", 1, "c", 0));
  }

  @Test
  void inOverridesOneZone() {
    assertThat(web(s -> s.perZone(2).in("c", 1)).serverGroup("web").orElseThrow().countPerZone())
        .isEqualTo(Map.of("a", 2, "c", 1));
    assertThat(web(s -> s.in("a", 3)).serverGroup("web").orElseThrow().countPerZone())
        .isEqualTo(Map.of("a", 3));
  }

  @Test
  void unsaidAttributesKeepTheModelsDefaults() {
    ServerGroup g = web(s -> s.perZone(1)).serverGroup("web").orElseThrow();
    ServerGroup plain = ServerGroup.builder().name("web").countPerZone(Map.of("a", 1, "c", 1)).instanceClass("c6i.large").build();
    assertThat(g).isEqualTo(plain);
  }

  @Test
  void everyAttributeIsSettable() {
    ServerGroup g = web(s -> s.perZone(1).tier("private").image("ami-1").software("nginx").port(8080)
        .bootTime(Duration.ofSeconds(40)).steadyLoad(false).minimumInService(2).elasticIp(true))
        .serverGroup("web").orElseThrow();
    assertThat(g.image()).contains("ami-1");
    assertThat(g.software()).contains("nginx");
    assertThat(g.port()).isEqualTo(8080);
    assertThat(g.bootTime()).isEqualTo(Duration.ofSeconds(40));
    assertThat(g.steadyLoad()).isFalse();
    assertThat(g.minimumInService()).isEqualTo(2);
    assertThat(g.elasticIp()).isTrue();
  }

  @Test
  void restartPolicies() {
    assertThat(web(s -> s.perZone(1).restartAllAtOnce()).serverGroup("web").orElseThrow().restartPolicy().strategy())
        .isEqualTo(RestartStrategy.ALL_AT_ONCE);
    assertThat(web(s -> s.perZone(1).restartZoneByZone()).serverGroup("web").orElseThrow().restartPolicy().strategy())
        .isEqualTo(RestartStrategy.ZONE_BY_ZONE);
    assertThat(web(s -> s.perZone(1).restartInBatchesOf(2)).serverGroup("web").orElseThrow().restartPolicy())
        .isEqualTo(RestartPolicy.batchesOf(2));
    assertThat(web(s -> s.perZone(1).restartPolicy(RestartPolicy.zoneByZone())).serverGroup("web").orElseThrow().restartPolicy())
        .isEqualTo(RestartPolicy.zoneByZone());
  }

  @Test
  void aBatchOfZeroIsTheModelsError() {
    assertThatThrownBy(() -> web(s -> s.perZone(1).restartInBatchesOf(0)))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("batchSize");
  }

  @Test
  void aGroupWithoutCountIsNamed() {
    assertThatThrownBy(() -> web(s -> {}))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("serverGroups[web].countPerZone:")
        .hasMessageContaining("perZone(n)");
  }

  @Test
  void perZoneAndSpreadTogetherAreNamed() {
    assertThatThrownBy(() -> web(s -> s.perZone(1).spreadEvenly(4)))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("perZone(1) or spreadEvenly(4), not both");
  }

  @Test
  void aGroupWithoutClassIsNamed() {
    assertThatThrownBy(() -> minimal(x -> x.serverGroup("web", g -> g.perZone(1))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("serverGroups[web].instanceClass:");
  }

  @Test
  void aNegativeCountIsTheModelsError() {
    assertThatThrownBy(() -> web(s -> s.perZone(-1)))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("serverGroups[web].countPerZone[a]")
        .hasMessageContaining("-1");
  }

  @Test
  void behindAddsTheGroupToTheLoadBalancersBackends() {
    Topology t = minimal(x -> x
        .loadBalancer("web-lb", lb -> lb.http(80))
        .serverGroup("web", g -> g.perZone(1).instanceClass("c6i.large").behind("web-lb"))
        .serverGroup("api", g -> g.perZone(1).instanceClass("c6i.large").behind("web-lb")));
    assertThat(t.loadBalancer("web-lb").orElseThrow().backends()).containsExactly("web", "api");
  }

  @Test
  void behindAnUnknownLoadBalancerIsNamed() {
    assertThatThrownBy(() -> web(s -> s.perZone(1).behind("nope")))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("serverGroups[web].behind:")
        .hasMessageContaining("unknown load balancer 'nope'");
  }

  @Test
  void aLoadBalancerServesEveryZoneWithTheModelsDefaults() {
    LoadBalancer lb = minimal(x -> x.loadBalancer("web-lb", l -> l.http(80))).loadBalancer("web-lb").orElseThrow();
    assertThat(lb.zones()).containsExactly("a", "c");
    assertThat(lb.tier()).isEqualTo("public");
    assertThat(lb.kind()).isEqualTo(LoadBalancerKind.APPLICATION);
    assertThat(lb.healthCheck()).isEqualTo(HealthCheck.defaults());
    assertThat(lb.stickiness()).isEqualTo(Stickiness.off());
    assertThat(lb.internetFacing()).isTrue();
    assertThat(lb.crossZone()).isTrue();
    assertThat(lb.listeners()).containsExactly(Listener.http(80));
  }

  @Test
  void everyLoadBalancerAttributeIsSettable() {
    Topology t = minimal(x -> x
        .serverGroup("web", g -> g.perZone(1).instanceClass("c6i.large"))
        .loadBalancer("web-lb", l -> l.classic().application().classic()
            .http(80).https(443, "cert-ref")
            .zones("a").tier("public").internal()
            .healthCheck(h -> h.path("/health").interval(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(2))
                .healthyThreshold(2).unhealthyThreshold(3).gracePeriod(Duration.ofSeconds(60)))
            .stickySessions(Duration.ofHours(1))
            .crossZone(false)
            .deregistrationDelay(Duration.ofSeconds(10))
            .forwardTo("web")));
    LoadBalancer lb = t.loadBalancer("web-lb").orElseThrow();
    assertThat(lb.kind()).isEqualTo(LoadBalancerKind.CLASSIC);
    assertThat(lb.listeners()).containsExactly(Listener.http(80), Listener.https(443, "cert-ref"));
    assertThat(lb.zones()).containsExactly("a");
    assertThat(lb.internetFacing()).isFalse();
    assertThat(lb.healthCheck().gracePeriod()).isEqualTo(Duration.ofSeconds(60));
    // Probes failing during the grace do not count: 60 s grace + 5 s x 3 failures.
    assertThat(lb.healthCheck().timeToDeclareDead()).isEqualTo(Duration.ofSeconds(75));
    assertThat(lb.healthCheck().path()).isEqualTo("/health");
    assertThat(lb.healthCheck().timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(lb.healthCheck().healthyThreshold()).isEqualTo(2);
    assertThat(lb.stickiness()).isEqualTo(Stickiness.on(Duration.ofHours(1)));
    assertThat(lb.crossZone()).isFalse();
    assertThat(lb.deregistrationDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(lb.backends()).containsExactly("web");
  }

  @Test
  void forwardToAndBehindDoNotDuplicateABackend() {
    Topology t = minimal(x -> x
        .loadBalancer("web-lb", l -> l.http(80).forwardTo("web"))
        .serverGroup("web", g -> g.perZone(1).instanceClass("c6i.large").behind("web-lb")));
    assertThat(t.loadBalancer("web-lb").orElseThrow().backends()).containsExactly("web");
  }

  @Test
  void aLoadBalancerWithoutListenerIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.loadBalancer("web-lb", l -> {})))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("loadBalancers[web-lb].listeners")
        .hasMessageContaining("at least one listener");
  }

  @Test
  void twoListenersOnOnePortIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.loadBalancer("web-lb", l -> l.http(80).https(80, "c"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("port 80 is used by two listeners");
  }

  @Test
  void aHealthCheckPathWithoutSlashIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.loadBalancer("web-lb", l -> l.http(80).healthCheck(h -> h.path("health")))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("loadBalancers[web-lb].healthCheck.path");
  }

  @Test
  void aForwardToAnUnknownGroupIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.loadBalancer("web-lb", l -> l.http(80).forwardTo("nope"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("unknown server group 'nope'");
  }

  @Test
  void twoResourcesOfOneNameIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x
        .loadBalancer("web", l -> l.http(80))
        .serverGroup("web", g -> g.perZone(1).instanceClass("c6i.large"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("duplicate name 'web'");
  }
}
