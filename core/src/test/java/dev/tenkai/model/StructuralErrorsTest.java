package dev.tenkai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.fixtures.ReferenceTopologies;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each structural error is refused at build time with a message naming the place and the value. */
class StructuralErrorsTest {
  private final Topology ref = ReferenceTopologies.modern();

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(Executable build) {
    return assertThatThrownBy(build::execute).isInstanceOf(InvalidTopologyException.class);
  }

  private Network networkWith(Tier privateTier) {
    return Network.builder().cidr("10.0.0.0/16").addTiers(ref.network().tiers().get(0), privateTier).build();
  }

  private Tier privateTier(Subnet... subnets) {
    return Tier.builder().name("private").kind(TierKind.PRIVATE).route(RouteIntent.NAT).addSubnets(subnets).build();
  }

  @Test
  void theReferenceDeploymentsBuild() {
    assertThat(ReferenceTopologies.modern().zones()).containsExactly("a", "c");
    assertThat(ReferenceTopologies.of2012().egress().mode()).isEqualTo(EgressMode.SINGLE_NAT_INSTANCE);
    assertThat(ReferenceTopologies.modern().egress().mode()).isEqualTo(EgressMode.NAT_GATEWAY_PER_ZONE);
  }

  @Test
  void invalidNetworkCidr() {
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(ImmutableNetwork.copyOf(ref.network()).withCidr("10.0.0.0/33")))
        .hasMessageContaining("network.cidr")
        .hasMessageContaining("10.0.0.0/33");
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(ImmutableNetwork.copyOf(ref.network()).withCidr("banana")))
        .hasMessageContaining("'banana' is not a CIDR block");
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(ImmutableNetwork.copyOf(ref.network()).withCidr("10.0.0.1/16")))
        .hasMessageContaining("host bits")
        .hasMessageContaining("10.0.0.0/16");
  }

  @Test
  void subnetOutsideItsNetwork() {
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(networkWith(privateTier(Subnet.of("a", "10.0.10.0/24"), Subnet.of("c", "192.168.0.0/24")))))
        .hasMessageContaining("network.tiers[private].subnets[c].cidr")
        .hasMessageContaining("192.168.0.0/24 is outside the network 10.0.0.0/16");
  }

  @Test
  void overlappingSubnets() {
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(networkWith(privateTier(Subnet.of("a", "10.0.0.128/25"), Subnet.of("c", "10.0.11.0/24")))))
        .hasMessageContaining("network.tiers[private].subnets[a].cidr")
        .hasMessageContaining("10.0.0.128/25 overlaps 10.0.0.0/24");
  }

  @Test
  void unknownZone() {
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(networkWith(privateTier(Subnet.of("a", "10.0.10.0/24"), Subnet.of("x", "10.0.11.0/24")))))
        .hasMessageContaining("subnets[x].zone")
        .hasMessageContaining("unknown zone 'x'");
    ServerGroup web = ref.serverGroup("web").orElseThrow();
    refused(() -> ImmutableTopology.copyOf(ref).withServerGroups(ImmutableServerGroup.copyOf(web).withCountPerZone(Map.of("a", 1, "b", 1))))
        .hasMessageContaining("serverGroups[web].countPerZone[b]")
        .hasMessageContaining("unknown zone 'b' (the topology's zones are [a, c])");
  }

  @Test
  void twoSubnetsOfATierInOneZone() {
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(networkWith(privateTier(Subnet.of("a", "10.0.10.0/24"), Subnet.of("a", "10.0.11.0/24")))))
        .hasMessageContaining("tier 'private' has two subnets in zone 'a'");
  }

  @Test
  void resourceInAZoneWhereItsTierHasNoSubnet() {
    refused(() -> ImmutableTopology.copyOf(ref).withNetwork(networkWith(privateTier(Subnet.of("a", "10.0.10.0/24")))))
        .hasMessageContaining("tier 'private' has no subnet in zone 'c'");
  }

  @Test
  void duplicateNames() {
    ServerGroup web = ref.serverGroup("web").orElseThrow();
    refused(() -> ImmutableTopology.copyOf(ref).withServerGroups(web, ImmutableServerGroup.copyOf(web)))
        .hasMessageContaining("duplicate name 'web'");
    refused(() -> ImmutableTopology.copyOf(ref).withServerGroups(ImmutableServerGroup.copyOf(web).withName("db")))
        .hasMessageContaining("databases[db]")
        .hasMessageContaining("duplicate name 'db' (also used by serverGroups[db])");
  }

  @Test
  void referencesToThingsThatDoNotExist() {
    LoadBalancer lb = ref.loadBalancer("web-lb").orElseThrow();
    refused(() -> ImmutableTopology.copyOf(ref).withLoadBalancers(ImmutableLoadBalancer.copyOf(lb).withBackends("app")))
        .hasMessageContaining("loadBalancers[web-lb].backends")
        .hasMessageContaining("unknown server group 'app'");
    refused(() -> ImmutableTopology.copyOf(ref).withFirewallRules(FirewallRule.allow("web", "redis", 6379)))
        .hasMessageContaining("firewallRules[0].to")
        .hasMessageContaining("unknown role 'redis'");
    refused(() -> ImmutableTopology.copyOf(ref).withDnsZones(
            DnsZone.builder().name("example.jp").addRecord(DnsRecord.aliasA("example.jp", "elb")).build()))
        .hasMessageContaining("dnsZones[example.jp].records[example.jp A].target")
        .hasMessageContaining("unknown resource 'elb'");
    Database db = ref.database("db").orElseThrow();
    refused(() -> ImmutableTopology.copyOf(ref).withDatabases(ImmutableDatabase.copyOf(db).withTier("data")))
        .hasMessageContaining("databases[db].tier")
        .hasMessageContaining("unknown tier 'data'");
  }

  @Test
  void impossibleCounts() {
    ServerGroup web = ref.serverGroup("web").orElseThrow();
    refused(() -> ImmutableTopology.copyOf(ref).withServerGroups(ImmutableServerGroup.copyOf(web).withCountPerZone(Map.of("a", -1, "c", 2))))
        .hasMessageContaining("serverGroups[web].countPerZone[a]")
        .hasMessageContaining("got -1");
    refused(() -> ImmutableTopology.copyOf(ref).withServerGroups(ImmutableServerGroup.copyOf(web).withCountPerZone(Map.of("a", 0, "c", 0))))
        .hasMessageContaining("at least one node is required");
    refused(() -> RestartPolicy.batchesOf(0)).hasMessageContaining("restartPolicy.batchSize").hasMessageContaining("got 0");
  }

  @Test
  void standbyInTheSameZoneAsThePrimary() {
    Database db = ref.database("db").orElseThrow();
    refused(() -> ImmutableTopology.copyOf(ref).withDatabases(ImmutableDatabase.copyOf(db).withStandbyZone("a")))
        .hasMessageContaining("databases[db].standbyZone")
        .hasMessageContaining("another zone than the primary ('a')");
  }

  @Test
  void badPortsAndDurations() {
    refused(() -> ImmutableTopology.copyOf(ref).withFirewallRules(FirewallRule.allow("web-lb", "web", 70000)))
        .hasMessageContaining("firewallRules[0].fromPort")
        .hasMessageContaining("got 70000");
    LoadBalancer lb = ref.loadBalancer("web-lb").orElseThrow();
    refused(() -> ImmutableTopology.copyOf(ref).withLoadBalancers(ImmutableLoadBalancer.copyOf(lb)
            .withHealthCheck(HealthCheck.builder().interval(Duration.ZERO).build())))
        .hasMessageContaining("loadBalancers[web-lb].healthCheck.interval")
        .hasMessageContaining("PT0S");
  }

  @Test
  void dnsRecordOutsideItsZoneOrMalformedAlias() {
    refused(() -> ImmutableTopology.copyOf(ref).withDnsZones(
            DnsZone.builder().name("example.jp").addRecord(DnsRecord.aliasA("example.com", "web-lb")).build()))
        .hasMessageContaining("'example.com' is not inside zone 'example.jp'");
    refused(() -> ImmutableTopology.copyOf(ref).withDnsZones(
            DnsZone.builder().name("example.jp")
                .addRecord(DnsRecord.builder().name("www.example.jp").type(RecordType.CNAME).target("web-lb").alias(true).build())
                .build()))
        .hasMessageContaining("an alias record is of type A or AAAA, got CNAME");
  }

  @Test
  void missingAttributeIsTheLibrarysException() {
    refused(() -> Topology.builder().name("x").build())
        .hasMessageContaining("region")
        .hasMessageContaining("network");
    refused(() -> Topology.builder().name(null)).hasMessageContaining("name");
  }

  @Test
  void natServingAZoneTwice() {
    refused(() -> ImmutableTopology.copyOf(ref).withEgress(Egress.builder()
            .addNat(Nat.builder().name("nat-a").kind(NatKind.GATEWAY).zone("a").addServesZones("a", "c").build())
            .addNat(Nat.builder().name("nat-c").kind(NatKind.GATEWAY).zone("c").addServesZone("c").build())
            .build()))
        .hasMessageContaining("egress.nats[nat-c].servesZones")
        .hasMessageContaining("zone 'c' is already served by NAT 'nat-a'");
  }

  @Test
  void zonesOfEachResource() {
    assertThat(ref.zonesOf("web")).containsExactly("a", "c");
    assertThat(ref.zonesOf("db")).containsExactly("a", "c");
    assertThat(ref.zonesOf("nat-c")).containsExactly("c");
    assertThat(ref.zonesOf("bastion")).containsExactly("a");
    assertThat(List.copyOf(ref.resources().keySet()))
        .containsExactly("nat-a", "nat-c", "bastion", "web-lb", "web", "db", "cache");
  }
}
