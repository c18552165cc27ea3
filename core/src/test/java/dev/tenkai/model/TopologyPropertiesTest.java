package dev.tenkai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.tenkai.json.TopologyJson;
import dev.tenkai.json.TopologyJsonException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Properties of every valid topology, and of every broken one, over generated inputs. */
class TopologyPropertiesTest {
  private static final List<String> ZONE_NAMES = List.of("a", "b", "c", "d");

  private static int pick(RandomnessSource in, int lo, int hi) {
    return (int) in.next(Constraint.between(lo, hi));
  }

  private static boolean coin(RandomnessSource in) {
    return pick(in, 0, 1) == 1;
  }

  /** A random structurally valid topology: 1-4 zones, random counts, NAT modes, DNS and rules. */
  static final Gen<Topology> TOPOLOGIES = TopologyPropertiesTest::generate;

  static Topology generate(RandomnessSource in) {
    int zoneCount = pick(in, 1, 4);
    List<String> zones = ZONE_NAMES.subList(0, zoneCount);
    int second = pick(in, 0, 255);
    int subnetPrefix = pick(in, 20, 28);
    Cidr network = Cidr.parse("10." + second + ".0.0/16", "network");
    List<Cidr> blocks = network.carve(subnetPrefix, zoneCount * 2, "network");
    Tier pub = Tier.builder().name("public").kind(TierKind.PUBLIC).route(RouteIntent.INTERNET_GATEWAY)
        .subnets(subnets(zones, blocks.subList(0, zoneCount))).build();
    Tier priv = Tier.builder().name("private").kind(TierKind.PRIVATE)
        .route(coin(in) ? RouteIntent.NAT : RouteIntent.NONE)
        .subnets(subnets(zones, blocks.subList(zoneCount, 2 * zoneCount))).build();

    Map<String, Integer> servers = counts(in, zones, 0, 6);
    Map<String, Integer> nodes = counts(in, zones, 0, 3);
    List<String> lbZones = new ArrayList<>();
    for (String z : zones) {
      if (coin(in) || servers.get(z) > 0) {
        lbZones.add(z);
      }
    }
    String primary = zones.get(pick(in, 0, zoneCount - 1));
    ImmutableDatabase.Builder db = Database.builder().name("db").engine(DatabaseEngine.values()[pick(in, 0, 2)])
        .version(pick(in, 5, 16) + ".0").instanceClass("db.m6g.large").primaryZone(primary)
        .storageEncrypted(coin(in)).publiclyAccessible(coin(in));
    if (zoneCount > 1 && coin(in)) {
      db.standbyZone(zones.get((zones.indexOf(primary) + 1) % zoneCount));
    }
    Egress egress;
    switch (pick(in, 0, 2)) {
      case 0:
        egress = Egress.none();
        break;
      case 1:
        egress = Egress.builder().addNat(Nat.builder().name("nat").kind(NatKind.INSTANCE).instanceClass("t3.micro")
            .zone(zones.get(0)).servesZones(zones).build()).build();
        break;
      default:
        ImmutableEgress.Builder e = Egress.builder();
        for (String z : zones) {
          e.addNat(Nat.builder().name("nat-" + z).kind(NatKind.GATEWAY).zone(z).addServesZone(z).build());
        }
        egress = e.build();
    }
    ImmutableTopology.Builder t = Topology.builder()
        .name("gen-" + pick(in, 0, 9999))
        .region("ap-northeast-1")
        .zones(zones)
        .network(Network.builder().cidr(network.toString()).addTiers(pub, priv).build())
        .egress(egress)
        .addServerGroup(ServerGroup.builder().name("web").countPerZone(servers)
            .instanceClass(coin(in) ? "t3.small" : "c6i.large")
            .bootTime(Duration.ofSeconds(pick(in, 1, 180)))
            .restartPolicy(coin(in) ? RestartPolicy.allAtOnce() : RestartPolicy.batchesOf(pick(in, 1, 4)))
            .minimumInService(pick(in, 0, 8))
            .elasticIp(pick(in, 0, 9) == 0)
            .build())
        .addLoadBalancer(LoadBalancer.builder().name("web-lb").zones(lbZones).addListener(Listener.http(80))
            .stickiness(coin(in) ? Stickiness.on(Duration.ofHours(pick(in, 1, 48))) : Stickiness.off())
            .healthCheck(HealthCheck.builder().interval(Duration.ofSeconds(pick(in, 5, 60)))
                .unhealthyThreshold(pick(in, 1, 10)).gracePeriod(Duration.ofSeconds(pick(in, 0, 120))).build())
            .crossZone(coin(in))
            .addBackend("web").build())
        .addDatabase(db.build())
        .addCache(Cache.builder().name("cache").engine(CacheEngine.values()[pick(in, 0, 3)])
            .instanceClass("cache.m6g.large").nodesPerZone(nodes).replicatedAcrossZones(coin(in))
            .longestExpiry(Duration.ofDays(pick(in, 0, 90))).build())
        .addDnsZone(DnsZone.builder().name("example.jp")
            .addRecord(coin(in) ? DnsRecord.aliasA("example.jp", "web-lb")
                : DnsRecord.cnameTo("example.jp", "web-lb", Duration.ofMinutes(5)))
            .addRecord(DnsRecord.cnameTo("www.example.jp", "web-lb", Duration.ofSeconds(pick(in, 0, 86400))))
            .build())
        .addFirewallRule(FirewallRule.allowCidr(coin(in) ? "0.0.0.0/0" : "203.0.113.0/24", "web-lb", 80))
        .addFirewallRule(FirewallRule.allow("web-lb", "web", 80))
        .addFirewallRule(FirewallRule.allow("web", "db", 3306))
        .account(ImmutableAccountLimits.builder().elasticIpQuota(pick(in, 0, 10)).build());
    if (coin(in)) {
      t.bastion(Bastion.builder().zone(zones.get(pick(in, 0, zoneCount - 1))).instanceClass("t3.micro")
          .addAllowedSource(coin(in) ? "0.0.0.0/0" : "198.51.100.0/24").build());
    }
    return t.build();
  }

  private static List<Subnet> subnets(List<String> zones, List<Cidr> blocks) {
    List<Subnet> out = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      out.add(Subnet.of(zones.get(i), blocks.get(i).toString()));
    }
    return out;
  }

  private static Map<String, Integer> counts(RandomnessSource in, List<String> zones, int lo, int hi) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String z : zones) {
      out.put(z, pick(in, lo, hi));
    }
    if (out.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      out.put(zones.get(0), 1);
    }
    return out;
  }

  @Test
  void jsonRoundTripIsExact() {
    qt().withExamples(300).forAll(TOPOLOGIES).checkAssert(t -> {
      String json = TopologyJson.write(t);
      Topology back = TopologyJson.read(json);
      assertThat(back).isEqualTo(t);
      assertThat(TopologyJson.write(back)).isEqualTo(json);
    });
  }

  @Test
  void everySubnetLiesInsideItsNetworkAndNoTwoOverlap() {
    qt().withExamples(300).forAll(TOPOLOGIES).checkAssert(t -> {
      Cidr network = Cidr.parse(t.network().cidr(), "network");
      List<Cidr> all = new ArrayList<>();
      t.network().tiers().forEach(tier -> tier.subnets().forEach(s -> all.add(Cidr.parse(s.cidr(), "s"))));
      for (int i = 0; i < all.size(); i++) {
        assertThat(network.contains(all.get(i))).as("%s inside %s", all.get(i), network).isTrue();
        for (int j = i + 1; j < all.size(); j++) {
          assertThat(all.get(i).overlaps(all.get(j))).as("%s vs %s", all.get(i), all.get(j)).isFalse();
        }
      }
    });
  }

  /** Ways to break a valid topology; each must be refused with the library's own exception. */
  private static final List<Function<Topology, Topology>> CORRUPTIONS = List.of(
      t -> ImmutableTopology.copyOf(t).withZones("a", "a"),
      t -> ImmutableTopology.copyOf(t).withNetwork(ImmutableNetwork.copyOf(t.network()).withCidr("300.0.0.0/16")),
      t -> ImmutableTopology.copyOf(t).withNetwork(ImmutableNetwork.copyOf(t.network()).withCidr("172.16.0.0/16")),
      t -> ImmutableTopology.copyOf(t).withServerGroups(
          ImmutableServerGroup.copyOf(t.serverGroups().get(0)).withCountPerZone(Map.of("z", 1))),
      t -> ImmutableTopology.copyOf(t).withServerGroups(
          ImmutableServerGroup.copyOf(t.serverGroups().get(0)).withCountPerZone(Map.of("a", -3))),
      t -> ImmutableTopology.copyOf(t).withServerGroups(
          ImmutableServerGroup.copyOf(t.serverGroups().get(0)).withName("cache")),
      t -> ImmutableTopology.copyOf(t).withServerGroups(
          ImmutableServerGroup.copyOf(t.serverGroups().get(0)).withName("Web Servers")),
      t -> ImmutableTopology.copyOf(t).withLoadBalancers(
          ImmutableLoadBalancer.copyOf(t.loadBalancers().get(0)).withBackends("ghost")),
      t -> ImmutableTopology.copyOf(t).withLoadBalancers(
          ImmutableLoadBalancer.copyOf(t.loadBalancers().get(0)).withListeners(Listener.http(0))),
      t -> ImmutableTopology.copyOf(t).withDatabases(
          ImmutableDatabase.copyOf(t.databases().get(0)).withPrimaryZone("q")),
      t -> ImmutableTopology.copyOf(t).withFirewallRules(FirewallRule.allowCidr("10.0.0.0/99", "web", 80)),
      t -> ImmutableTopology.copyOf(t).withFirewallRules(FirewallRule.allow("web", "nobody", 80)),
      t -> ImmutableTopology.copyOf(t).withDnsZones(DnsZone.builder().name("example.jp")
          .addRecord(DnsRecord.builder().name("x.example.jp").type(RecordType.A).build()).build()),
      t -> ImmutableTopology.copyOf(t).withName(""),
      t -> ImmutableTopology.copyOf(t).withRegion(" "));

  @Test
  void brokenInputsFailOnlyWithTheLibrarysException() {
    qt().withExamples(200)
        .forAll(TOPOLOGIES, org.quicktheories.generators.SourceDSL.integers().between(0, CORRUPTIONS.size() - 1))
        .checkAssert((t, i) ->
            assertThatThrownBy(() -> CORRUPTIONS.get(i).apply(t))
                .isInstanceOf(InvalidTopologyException.class)
                .hasMessageNotContaining("Exception"));
  }

  @Test
  void brokenJsonFailsOnlyWithTheLibrarysException() {
    qt().withExamples(300)
        .forAll(TOPOLOGIES,
            org.quicktheories.generators.SourceDSL.integers().between(0, 100_000),
            org.quicktheories.generators.SourceDSL.strings().ascii().ofLengthBetween(0, 6))
        .checkAssert((t, position, junk) -> {
          String json = TopologyJson.write(t);
          int at = position % json.length();
          String broken = json.substring(0, at) + junk + json.substring(Math.min(json.length(), at + junk.length() % 3));
          try {
            Topology back = TopologyJson.read(broken);
            assertThat(back).isNotNull();
          } catch (TopologyJsonException e) {
            assertThat(e.getMessage()).startsWith("$");
          }
        });
  }
}
