package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Topology;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Capacity is what is reachable: the rules, the zone-failure analysis and the restart timeline
 * all count the servers a load balancer can route to, not the servers a group has.
 */
class ReachabilityTest {
  private static final Topology MODERN = ReferenceTopologies.modern();

  /** web with 2 servers in a and 2 in c, needing 3, behind a load balancer with a node in a only. */
  private static Topology lbInAOnly() {
    Topology t = ImmutableTopology.copyOf(MODERN)
        .withServerGroups(ImmutableServerGroup.copyOf(MODERN.serverGroup("web").orElseThrow())
            .withCountPerZone(Map.of("a", 2, "c", 2)).withMinimumInService(3));
    return ImmutableTopology.copyOf(t)
        .withLoadBalancers(ImmutableLoadBalancer.copyOf(t.loadBalancer("web-lb").orElseThrow()).withZones(List.of("a")));
  }

  @Test
  void aGroupBehindALoadBalancerIsReachableOnlyInTheZonesOfItsNodes() {
    Reachability r = Reachability.of(lbInAOnly());
    assertThat(r.reachableServers("web")).containsExactly(Map.entry("a", 2), Map.entry("c", 0));
    assertThat(r.capacity("web").left()).isEqualTo(2);
    assertThat(r.capacity("web").sufficient()).isFalse();
    assertThat(r.routingZones("web")).contains(Set.of("a"));
  }

  @Test
  void theBaselineAndTheLoadBalancerTableAgreeOnCapacity() {
    Outage baseline = ZoneFailure.baseline(lbInAOnly());
    assertThat(baseline.scenario()).isEqualTo("no failure");
    assertThat(baseline.capacityOf("web").left())
        .isEqualTo(baseline.loadBalancer("web-lb").backends().get(0).totalLeft())
        .isEqualTo(2);
    assertThat(baseline.entryPoint("www.example.jp").explanation()).contains("web: 2 of 4 servers reachable, the service needs 3");
  }

  @Test
  void aRestartCountsOnlyReachableServersInService() {
    RestartTimeline r = RestartTimeline.of(lbInAOnly(), "web", RestartPolicy.batchesOf(1));
    assertThat(r.reachableServers()).isEqualTo(2);
    assertThat(r.minimumCapacity()).isEqualTo(1);
    assertThat(r.steps()).allMatch(s -> s.inServicePerZone().get("c") == 0);
    // Zone by zone: restarting zone a leaves no reachable server although c's two still run.
    assertThat(RestartTimeline.of(lbInAOnly(), "web", RestartPolicy.zoneByZone()).fullOutage()).isTrue();
  }

  @Test
  void anEntryPointOnAnInternalLoadBalancerIsDownWithNothingFailed() {
    Topology t = ImmutableTopology.copyOf(MODERN)
        .withLoadBalancers(ImmutableLoadBalancer.copyOf(MODERN.loadBalancer("web-lb").orElseThrow()).withInternetFacing(false));
    EntryPointOutcome www = ZoneFailure.baseline(t).entryPoint("www.example.jp");
    assertThat(www.served()).isFalse();
    assertThat(www.explanation()).isEqualTo("www.example.jp -> web-lb: an internal load balancer: only hosts inside the network reach it");
    assertThat(Reachability.of(t).entryPoints().get(0).unreachableTargets()).isNotEmpty();
  }

  @Test
  void anEntryPointReachesItsChainWithTheZonesOfEveryLink() {
    EntryPointReach www = Reachability.of(MODERN).entryPoints().stream()
        .filter(e -> e.name().equals("www.example.jp")).findFirst().orElseThrow();
    assertThat(www.loadBalancers()).containsEntry("web-lb", List.of("a", "c"));
    assertThat(www.serverGroups()).containsKey("web");
    assertThat(www.databases()).containsExactly("db");
    assertThat(www.caches()).containsExactly("cache");
    assertThat(www.unreachableTargets()).isEmpty();
  }
}
