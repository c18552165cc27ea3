package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.model.Cache;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.ImmutableCache;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableDnsZone;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableNetwork;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTier;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RecordType;
import dev.tenkai.model.Stickiness;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZoneFailureTest {
  private static final Topology MODERN = ReferenceTopologies.modern();
  private static final Topology OF_2012 = ReferenceTopologies.of2012();

  private static Topology withWeb(Topology t, Map<String, Integer> perZone) {
    return ImmutableTopology.copyOf(t)
        .withServerGroups(ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow()).withCountPerZone(perZone));
  }

  private static Topology withLb(Topology t, java.util.function.UnaryOperator<ImmutableLoadBalancer> change) {
    return ImmutableTopology.copyOf(t)
        .withLoadBalancers(change.apply(ImmutableLoadBalancer.copyOf(t.loadBalancer("web-lb").orElseThrow())));
  }

  @Test
  void modernSurvivesEitherZone() {
    for (Outage o : ZoneFailure.everySingleZone(MODERN)) {
      assertThat(o.allEntryPointsServed()).as(o.scenario()).isTrue();
      assertThat(o.entryPoints()).extracting(EntryPointOutcome::name).containsExactly("example.jp", "www.example.jp");
      assertThat(o.database("db").available()).isTrue();
      assertThat(o.cache("cache").dataLostShare()).isZero();
      assertThat(o.cache("cache").nodesLeft()).isEqualTo(1);
      assertThat(o.lostEgress()).isEmpty();
      assertThat(o.capacityOf("web").left()).isEqualTo(2);
      assertThat(o.capacityOf("web").sufficient()).isTrue();
      assertThat(o.loadBalancer("web-lb").failingSessionShare()).isZero();
    }
  }

  @Test
  void losingThePrimaryZoneFailsTheDatabaseOverWithTheAssumedFailoverTime() {
    Outage a = ZoneFailure.analyze(MODERN, Set.of("a"));
    DatabaseOutcome db = a.database("db");
    assertThat(db.state()).isEqualTo(DatabaseState.FAILED_OVER);
    assertThat(db.servingZone()).contains("c");
    assertThat(db.failoverTimeMin()).isEqualTo(ZoneFailure.EXPECTED_FAILOVER_MIN);
    assertThat(db.failoverTimeMax()).isEqualTo(ZoneFailure.EXPECTED_FAILOVER_MAX);
    EntryPointOutcome www = a.entryPoint("www.example.jp");
    assertThat(www.status()).isEqualTo(ServiceStatus.DEGRADED);
    assertThat(www.explanation()).contains("db fails over to its standby in zone c");

    Outage c = ZoneFailure.analyze(MODERN, Set.of("c"));
    assertThat(c.database("db").state()).isEqualTo(DatabaseState.STANDBY_LOST);
    assertThat(c.database("db").servingZone()).contains("a");
    assertThat(c.entryPoint("www.example.jp").status()).isEqualTo(ServiceStatus.SERVED);
  }

  @Test
  void the2012SingleNatInstanceInZoneATakesZoneCsEgressAndTheBastionWithIt() {
    Outage a = ZoneFailure.analyze(OF_2012, Set.of("a"));
    assertThat(a.lostEgress())
        .containsExactly(new LostEgress("private", "c", "10.0.11.0/24", "nat", "a"));
    assertThat(a.management().reachable()).isFalse();
    assertThat(a.management().reason()).contains("zone a");
    assertThat(a.allEntryPointsServed()).isTrue();
    assertThat(a.resourceStates()).containsEntry("nat", ResourceState.DOWN).containsEntry("web", ResourceState.DEGRADED);
    assertThat(a.brokenEdges())
        .contains(
            new BrokenEdge("web", "nat", FlowKind.EGRESS),
            new BrokenEdge("nat", "internet", FlowKind.EGRESS),
            new BrokenEdge("internet", "bastion", FlowKind.ADMIN))
        .noneMatch(e -> e.to().equals("web-lb"));

    Outage c = ZoneFailure.analyze(OF_2012, Set.of("c"));
    assertThat(c.lostEgress()).isEmpty();
    assertThat(c.management().reachable()).isTrue();
    assertThat(c.failedZones()).containsExactly("c");
  }

  @Test
  void losingEveryZoneNamesTheFirstBrokenLink() {
    Outage both = ZoneFailure.analyze(MODERN, Set.of("c", "a"));
    assertThat(both.scenario()).isEqualTo("zones a, c");
    assertThat(both.allEntryPointsServed()).isFalse();
    assertThat(both.entryPoint("www.example.jp").explanation())
        .isEqualTo("www.example.jp -> web-lb: no load balancer node left in surviving zones");
    assertThat(both.database("db").state()).isEqualTo(DatabaseState.UNAVAILABLE);
    assertThat(both.cache("cache").dataLostShare()).isEqualTo(1.0);
    assertThat(both.brokenEdges()).contains(new BrokenEdge("internet", "example.jp", FlowKind.TRAFFIC));
    assertThat(ZoneFailure.everyPair(MODERN)).hasSize(1);
  }

  @Test
  void aServerGroupInOneZoneBreaksTheChainAtTheGroup() {
    Topology oneZone = withWeb(MODERN, Map.of("a", 2));
    EntryPointOutcome www = ZoneFailure.analyze(oneZone, Set.of("a")).entryPoint("www.example.jp");
    assertThat(www.status()).isEqualTo(ServiceStatus.UNAVAILABLE);
    assertThat(www.brokenChain()).containsExactly("www.example.jp", "web-lb", "web");
    assertThat(www.explanation()).isEqualTo("www.example.jp -> web-lb -> web: no server left in surviving zones");
    assertThat(ZoneFailure.analyze(oneZone, Set.of("c")).allEntryPointsServed()).isTrue();
  }

  @Test
  void serversOnlyInZonesTheLoadBalancerDoesNotServeAreUnreachable() {
    Topology t = withLb(MODERN, lb -> lb.withZones(List.of("a")));
    EntryPointOutcome www = ZoneFailure.analyze(t, Set.of()).entryPoint("www.example.jp");
    assertThat(www.served()).isTrue();
    EntryPointOutcome placementLost =
        ZoneFailure.of(t).analyze(Scenario.placement("web", "a")).entryPoint("www.example.jp");
    assertThat(placementLost.served()).isFalse();
    assertThat(placementLost.reason()).contains("only in zones where the load balancer has no node");
  }

  @Test
  void aDatabaseWithoutStandbyBreaksTheChainAtTheDatabase() {
    Topology t =
        ImmutableTopology.copyOf(MODERN)
            .withDatabases(ImmutableDatabase.copyOf(MODERN.database("db").orElseThrow()).withStandbyZone(java.util.Optional.empty()));
    EntryPointOutcome apex = ZoneFailure.analyze(t, Set.of("a")).entryPoint("example.jp");
    assertThat(apex.explanation())
        .isEqualTo("example.jp -> web-lb -> web -> db: primary in zone a lost and there is no standby");
  }

  @Test
  void stickinessWithOneBackendPerZoneFailsTheLostZonesShareOfSessions() {
    for (boolean crossZone : new boolean[] {true, false}) {
      Topology sticky =
          withLb(OF_2012, lb -> lb.withStickiness(Stickiness.on(Duration.ofHours(1))).withCrossZone(crossZone));
      Outage a = ZoneFailure.analyze(sticky, Set.of("a"));
      BalancerOutcome lb = a.loadBalancer("web-lb");
      assertThat(lb.failingSessionShare()).as("crossZone %s", crossZone).isCloseTo(0.5, within(1e-9));
      assertThat(lb.rebindAfter()).isEqualTo(sticky.loadBalancer("web-lb").orElseThrow().healthCheck().timeToDeclareDead());
      assertThat(lb.rebindAtMost()).isEqualTo(Duration.ofHours(1));
      assertThat(lb.backends().get(0).left()).containsEntry("a", 0).containsEntry("c", 1);
      EntryPointOutcome www = a.entryPoint("www.example.jp");
      assertThat(www.status()).isEqualTo(ServiceStatus.DEGRADED);
      assertThat(www.explanation()).contains("50% of sticky sessions");
    }
  }

  @Test
  void stickySharesFollowTheServersWhenZonesAreUneven() {
    // a:3, c:1. Cross-zone on: each server holds a quarter. Off: each zone's node holds half.
    Topology uneven = withLb(withWeb(OF_2012, Map.of("a", 3, "c", 1)), lb -> lb.withStickiness(Stickiness.on(Duration.ofHours(1))));
    assertThat(ZoneFailure.analyze(uneven, Set.of("c")).loadBalancer("web-lb").failingSessionShare())
        .isCloseTo(0.25, within(1e-9));
    Topology off = withLb(uneven, lb -> lb.withCrossZone(false));
    assertThat(ZoneFailure.analyze(off, Set.of("c")).loadBalancer("web-lb").failingSessionShare())
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  void crossZoneOffLeavesANodeWithoutBackendWhenItsZoneHasNoServer() {
    Topology t = withLb(withWeb(MODERN, Map.of("a", 2)), lb -> lb.withCrossZone(false));
    BalancerOutcome lb = ZoneFailure.analyze(t, Set.of()).loadBalancer("web-lb");
    assertThat(lb.zonesWithoutBackend()).containsExactly("c");
    assertThat(lb.requestShareWithoutBackend()).isEqualTo(0.5);
    Topology on = withLb(withWeb(MODERN, Map.of("a", 2)), l -> l.withCrossZone(true));
    assertThat(ZoneFailure.analyze(on, Set.of()).loadBalancer("web-lb").zonesWithoutBackend()).isEmpty();
  }

  @Test
  void aShardedCacheLosesTheLostZonesShare() {
    Cache sharded =
        ImmutableCache.copyOf(MODERN.cache("cache").orElseThrow())
            .withReplicatedAcrossZones(false)
            .withNodesPerZone(Map.of("a", 3, "c", 1));
    Topology t = ImmutableTopology.copyOf(MODERN).withCaches(sharded);
    Outage a = ZoneFailure.analyze(t, Set.of("a"));
    assertThat(a.cache("cache").dataLostShare()).isEqualTo(0.75);
    assertThat(a.capacityOf("cache").left()).isEqualTo(1);
    assertThat(a.entryPoint("www.example.jp").explanation()).contains("cache loses 75% of its data");
  }

  @Test
  void capacityBelowTheDeclaredNeedDegradesTheService() {
    Topology t = withWeb(MODERN, Map.of("a", 3, "c", 1));
    Outage a = ZoneFailure.analyze(t, Set.of("a"));
    Capacity web = a.capacityOf("web");
    assertThat(web.before()).isEqualTo(4);
    assertThat(web.left()).isEqualTo(1);
    assertThat(web.needed()).isEqualTo(2);
    assertThat(web.sufficient()).isFalse();
    assertThat(a.entryPoint("www.example.jp").explanation()).contains("web: 1 of 4 servers reachable, the service needs 2");
  }

  @Test
  void recordsWithLiteralValuesAreOutsideTheModelAndStayServed() {
    Topology t =
        ImmutableTopology.copyOf(MODERN)
            .withDnsZones(
                ImmutableDnsZone.copyOf(MODERN.dnsZones().get(0))
                    .withRecords(
                        DnsRecord.aliasA("example.jp", "web-lb"),
                        DnsRecord.builder().name("mail.example.jp").type(RecordType.A).addValue("192.0.2.25").build()));
    Outage both = ZoneFailure.analyze(t, Set.of("a", "c"));
    assertThat(both.entryPoint("mail.example.jp").status()).isEqualTo(ServiceStatus.SERVED);
    assertThat(both.entryPoint("example.jp").status()).isEqualTo(ServiceStatus.UNAVAILABLE);
  }

  @Test
  void pairsCoverEveryTwoZones() {
    Topology three =
        ImmutableTopology.copyOf(MODERN)
            .withZones("a", "c", "d")
            .withNetwork(
                ImmutableNetwork.copyOf(MODERN.network())
                    .withTiers(
                        MODERN.network().tiers().stream()
                            .map(
                                tier ->
                                    ImmutableTier.copyOf(tier)
                                        .withSubnets(
                                            ImmutableList.<Subnet>builder()
                                                .addAll(tier.subnets())
                                                .add(Subnet.of("d", tier.name().equals("public") ? "10.0.2.0/24" : "10.0.12.0/24"))
                                                .build()))
                            .collect(java.util.stream.Collectors.toList())));
    List<Outage> pairs = ZoneFailure.everyPair(three);
    assertThat(pairs).extracting(Outage::scenario).containsExactly("zones a, c", "zones a, d", "zones c, d");
    assertThat(pairs.get(1).allEntryPointsServed()).isTrue();
    assertThat(pairs.get(0).allEntryPointsServed()).isFalse();
  }

  @Test
  void anUnknownZoneIsRejectedByName() {
    assertThatThrownBy(() -> ZoneFailure.analyze(MODERN, Set.of("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'")
        .hasMessageContaining("[a, c]");
  }

  @Test
  void countsNotServersDriveTheAnalysis() {
    Topology huge = withWeb(MODERN, Map.of("a", 50_000, "c", 50_000));
    List<Outage> every = ZoneFailure.everySingleZone(huge);
    assertThat(every).allSatisfy(o -> assertThat(o.capacityOf("web").left()).isEqualTo(50_000));
    assertThat(every).allMatch(Outage::allEntryPointsServed);
  }
}
