package dev.tenkai.rules.availability;

import static dev.tenkai.rules.RuleTesting.messages;
import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.of2012;
import static dev.tenkai.rules.RuleTesting.violations;
import static dev.tenkai.rules.RuleTesting.withCache;
import static dev.tenkai.rules.RuleTesting.withDb;
import static dev.tenkai.rules.RuleTesting.withLb;
import static dev.tenkai.rules.RuleTesting.withWeb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.Topology;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvailabilityRulesTest {
  @Test
  void singleZoneTierFlagsAServerGroupConfinedToOneZone() {
    Topology t = withWeb(modern(), g -> g.withCountPerZone(Map.of("a", 2)).withMinimumInService(1));
    assertThat(violations(new SingleZoneTier(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("serverGroups[web]");
          assertThat(v.message())
              .isEqualTo("server group web is entirely in zone a (2 servers) while the topology has zones [a, c]");
        });
  }

  @Test
  void singleZoneTierFlagsALoadBalancerAndACacheToo() {
    Topology t = withCache(withLb(modern(), lb -> lb.withZones(List.of("c"))), c -> c.withNodesPerZone(Map.of("a", 2)));
    assertThat(messages(new SingleZoneTier(), t))
        .containsExactly(
            "load balancer web-lb is entirely in zone c while the topology has zones [a, c]",
            "cache cache is entirely in zone a (2 nodes) while the topology has zones [a, c]");
  }

  @Test
  void singleZoneTierPassesTheReference() {
    assertThat(violations(new SingleZoneTier(), modern())).isEmpty();
  }

  @Test
  void unevenSpreadFlagsCountsMoreThanOneApart() {
    Topology t = withWeb(modern(), g -> g.withCountPerZone(Map.of("a", 3, "c", 1)).withMinimumInService(1));
    assertThat(messages(new UnevenServerSpread(), t))
        .containsExactly(
            "server group web runs 3 servers in zone a but 1 in zone c; losing zone a removes 3 of its 4 servers");
  }

  @Test
  void unevenSpreadAcceptsCountsOneApart() {
    Topology t = withWeb(modern(), g -> g.withCountPerZone(Map.of("a", 2, "c", 1)));
    assertThat(violations(new UnevenServerSpread(), t)).isEmpty();
    assertThat(violations(new UnevenServerSpread(), modern())).isEmpty();
  }

  @Test
  void databaseWithoutStandbyIsFlagged() {
    Topology t = withDb(modern(), d -> d.withStandbyZone(Optional.empty()));
    assertThat(violations(new DatabaseWithoutStandby(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("databases[db]");
          assertThat(v.message()).isEqualTo("database db has its primary in zone a and no standby in another of the zones [a, c]");
        });
    assertThat(violations(new DatabaseWithoutStandby(), modern())).isEmpty();
  }

  @Test
  void cacheShardedAcrossZonesIsFlagged() {
    Topology t = withCache(modern(), c -> c.withReplicatedAcrossZones(false));
    assertThat(messages(new CacheNotReplicatedAcrossZones(), t))
        .containsExactly("cache cache loses 50% when zone a fails (1 of 2 nodes left), 50% when zone c fails (1 of 2 nodes left);"
            + " not replicated across zones");
    assertThat(violations(new CacheNotReplicatedAcrossZones(), modern())).isEmpty();
  }

  @Test
  void aNatServingOtherZonesIsFlaggedAndANatPerZoneIsNot() {
    assertThat(violations(new NatServesOtherZones(), of2012()))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("egress.nats[nat]");
          assertThat(v.message())
              .isEqualTo("NAT nat (instance) in zone a also routes the private subnets of zones [c]: if zone a or the"
                  + " NAT fails, they lose outbound access");
        });
    assertThat(violations(new NatServesOtherZones(), modern())).isEmpty();
  }

  /** The modern reference squeezed into zone a. */
  private static Topology singleZone() {
    Topology m = modern();
    var network = dev.tenkai.model.ImmutableNetwork.copyOf(m.network()).withTiers(m.network().tiers().stream()
        .map(tier -> dev.tenkai.model.ImmutableTier.copyOf(tier).withSubnets(tier.subnetIn("a").orElseThrow()))
        .toList());
    // One builder, validated once: each copy-with step alone would be an inconsistent topology.
    return dev.tenkai.model.ImmutableTopology.builder().from(m)
        .zones(List.of("a"))
        .network(network)
        .egress(dev.tenkai.model.Egress.builder().addNat(m.nat("nat-a").orElseThrow()).build())
        .loadBalancers(List.of(dev.tenkai.model.ImmutableLoadBalancer.copyOf(m.loadBalancers().get(0)).withZones("a")))
        .serverGroups(List.of(dev.tenkai.model.ImmutableServerGroup.copyOf(m.serverGroups().get(0))
            .withCountPerZone(java.util.Map.of("a", 2))))
        .databases(List.of(dev.tenkai.model.ImmutableDatabase.copyOf(m.databases().get(0))
            .withStandbyZone(java.util.Optional.empty())))
        .caches(List.of(dev.tenkai.model.ImmutableCache.copyOf(m.caches().get(0)).withNodesPerZone(java.util.Map.of("a", 1))))
        .build();
  }

  @Test
  void aSingleZoneTopologyIsFlagged() {
    Topology oneZone = singleZone();
    assertThat(messages(new SingleZoneTopology(), oneZone))
        .containsExactly("topology reference uses only zone a: losing it loses everything");
    assertThat(violations(new SingleZoneTopology(), modern())).isEmpty();
  }

  @Test
  void loadBalancerMeetingItsBackendsInOneZoneIsFlagged() {
    // Both sides span two zones, but only zone a holds a load-balancer node and a server.
    Topology t = withLb(modern(), lb -> lb.withZones(List.of("a")));
    assertThat(messages(new LoadBalancerReachesOneZone(), t))
        .containsExactly(
            "load balancer web-lb serves zones [a] and its backends [web] run in zones [a, c]: they meet only in [a]");
    assertThat(violations(new LoadBalancerReachesOneZone(), modern())).isEmpty();
  }

  @Test
  void loadBalancerMissingABackendZoneIsFlagged() {
    Topology t = withLb(modern(), lb -> lb.withZones(List.of("a")));
    assertThat(messages(new LoadBalancerMissesBackendZones(), t))
        .containsExactly(
            "load balancer web-lb serves zones [a] but its backends [web] also run in zones [c], whose servers get no traffic");
    assertThat(violations(new LoadBalancerMissesBackendZones(), modern())).isEmpty();
  }

  @Test
  void capacityAfterLosingTheFullestZoneBelowTheMinimumIsFlagged() {
    Topology t = withWeb(modern(), g -> g.withCountPerZone(Map.of("a", 2, "c", 1)).withMinimumInService(2));
    assertThat(messages(new CapacityAfterZoneLoss(), t))
        .containsExactly(
            "server group web keeps 1 of 3 servers reachable when zone a fails, below its minimumInService of 2");
  }

  @Test
  void capacityAfterZoneLossHoldsWhenTheRestCarriesTheMinimum() {
    assertThat(violations(new CapacityAfterZoneLoss(), modern())).isEmpty();
    Topology t = withWeb(modern(), g -> g.withCountPerZone(Map.of("a", 3, "c", 3)).withMinimumInService(3));
    assertThat(violations(new CapacityAfterZoneLoss(), t)).isEmpty();
  }
}
