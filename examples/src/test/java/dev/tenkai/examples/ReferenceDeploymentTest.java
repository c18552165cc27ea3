package dev.tenkai.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyRefusedException;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.graph.Node;
import dev.tenkai.graph.NodeKind;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.EgressMode;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.ListenerProtocol;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.RecordType;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceDeploymentTest {
  @Test
  void theDslVariantsEqualTheCoreFixtures() {
    assertThat(ReferenceDeployment.modern()).isEqualTo(ReferenceTopologies.modern());
    assertThat(ReferenceDeployment.of2012()).isEqualTo(ReferenceTopologies.of2012());
  }

  @Test
  void bothVariantsSpanZonesAAndCWithOneSubnetPerTierAndZone() {
    for (Topology t : List.of(ReferenceDeployment.modern(), ReferenceDeployment.of2012())) {
      assertThat(t.region()).isEqualTo("ap-northeast-1");
      assertThat(t.zones()).containsExactly("a", "c");
      assertThat(t.network().tiers()).extracting(Tier::name).containsExactly("public", "private");
      Tier pub = t.tier("public").orElseThrow();
      Tier priv = t.tier("private").orElseThrow();
      assertThat(pub.kind()).isEqualTo(TierKind.PUBLIC);
      assertThat(pub.route()).isEqualTo(RouteIntent.INTERNET_GATEWAY);
      assertThat(priv.kind()).isEqualTo(TierKind.PRIVATE);
      assertThat(priv.route()).isEqualTo(RouteIntent.NAT);
      for (Tier tier : t.network().tiers()) {
        assertThat(tier.subnets()).extracting(Subnet::zone).containsExactly("a", "c");
      }
      TopologyGraph g = TopologyGraph.of(t);
      assertThat(g.zonesByResource())
          .containsEntry("web-lb", List.of("a", "c"))
          .containsEntry("web", List.of("a", "c"))
          .containsEntry("db", List.of("a", "c"))
          .containsEntry("cache", List.of("a", "c"))
          .containsEntry("bastion", List.of("a"));
      assertThat(t.service().confidentialData()).isTrue();
    }
  }

  @Test
  void the2012VariantIsTheSeedsDeployment() {
    Topology t = ReferenceDeployment.of2012();
    assertThat(t.egress().mode()).isEqualTo(EgressMode.SINGLE_NAT_INSTANCE);
    assertThat(t.nat("nat").orElseThrow().servesZones()).containsExactly("a", "c");
    assertThat(t.loadBalancer("web-lb").orElseThrow().kind()).isEqualTo(LoadBalancerKind.CLASSIC);
    assertThat(t.serverGroup("web").orElseThrow().countPerZone()).containsEntry("a", 1).containsEntry("c", 1);
    assertThat(t.serverGroup("web").orElseThrow().software()).hasValueSatisfying(s -> assertThat(s).contains("Passenger"));
    assertThat(t.database("db").orElseThrow().version()).isEqualTo("5.5");
    assertThat(t.database("db").orElseThrow().standbyZone()).contains("c");
    assertThat(t.cache("cache").orElseThrow().engine()).isEqualTo(CacheEngine.KYOTO_TYCOON);
    assertThat(t.cache("cache").orElseThrow().hosting()).isEqualTo(CacheHosting.SELF_RUN);
    assertThat(t.cache("cache").orElseThrow().replicatedAcrossZones()).isTrue();
    assertThat(t.firewallRules()).anySatisfy(r -> {
      assertThat(r.to()).isEqualTo("nat");
      assertThat(r.protocol()).isEqualTo(IpProtocol.ALL);
    });
  }

  @Test
  void theModernVariantUsesTodaysManagedParts() {
    Topology t = ReferenceDeployment.modern();
    assertThat(t.egress().mode()).isEqualTo(EgressMode.NAT_GATEWAY_PER_ZONE);
    assertThat(t.egress().natServing("a").orElseThrow().name()).isEqualTo("nat-a");
    assertThat(t.egress().natServing("c").orElseThrow().name()).isEqualTo("nat-c");
    assertThat(t.loadBalancer("web-lb").orElseThrow().listeners())
        .extracting(l -> l.protocol())
        .containsExactly(ListenerProtocol.HTTP, ListenerProtocol.HTTPS);
    assertThat(t.serverGroup("web").orElseThrow().total()).isEqualTo(4);
    assertThat(t.database("db").orElseThrow().version()).isEqualTo("8.4");
    assertThat(t.cache("cache").orElseThrow().engine().protocol()).isEqualTo(dev.tenkai.model.CacheProtocol.REDIS);
  }

  @Test
  void theApexIsAnAliasAndWwwACname() {
    for (Topology t : List.of(ReferenceDeployment.modern(), ReferenceDeployment.of2012())) {
      var zone = t.dnsZones().get(0);
      assertThat(zone.records()).anySatisfy(r -> {
        assertThat(zone.isApex(r.name())).isTrue();
        assertThat(r.alias()).isTrue();
        assertThat(r.type()).isEqualTo(RecordType.A);
      });
      assertThat(zone.records()).anySatisfy(r -> {
        assertThat(r.name()).isEqualTo("www.example.jp");
        assertThat(r.type()).isEqualTo(RecordType.CNAME);
      });
    }
  }

  @Test
  void theFirewallAdmitsExactlyTheTrafficPath() {
    Topology t = ReferenceDeployment.modern();
    List<String> roleFlows = t.firewallRules().stream()
        .filter(r -> r.fromRole().isPresent())
        .map(r -> r.fromRole().get() + "->" + r.to() + ":" + r.fromPort())
        .collect(Collectors.toList());
    assertThat(roleFlows).containsExactlyInAnyOrder("web-lb->web:80", "bastion->web:22", "web->db:3306", "web->cache:6379");
    assertThat(t.firewallRules().stream().filter(r -> r.fromCidr().isPresent()).map(FirewallRule::to))
        .containsExactlyInAnyOrder("web-lb", "bastion", "web-lb");
    TopologyGraph g = TopologyGraph.of(t);
    assertThat(g.graph().edgeValue(g.resource("web"), g.resource("db"))).contains(FlowKind.TRAFFIC);
    assertThat(g.dependenciesOf("web")).contains(g.resource("db"), g.resource("cache"), Node.INTERNET);
    assertThat(g.entryPoints()).extracting(Node::kind).containsOnly(NodeKind.DNS_RECORD).hasSize(2);
  }

  @Test
  void todaysReferencePassesTheStandardApplyGateWhichHoldsAwsConstraintsToo() {
    ApplyGate.standard().check(ReferenceDeployment.modern(), ApplyListener.NONE);
    // A region AWS does not have: only the AWS pack knows. (A name too long for AWS is shortened by
    // the naming scheme, so it no longer serves here.)
    Topology nowhere = ImmutableTopology.copyOf(ReferenceDeployment.modern()).withRegion("xx-nowhere-1");
    assertThat(BuiltInRules.validator().validate(nowhere).hasErrors()).isFalse();
    assertThatThrownBy(() -> ApplyGate.standard().check(nowhere, ApplyListener.NONE))
        .isInstanceOf(ApplyRefusedException.class).hasMessageContaining("AWS-030");
  }
}
