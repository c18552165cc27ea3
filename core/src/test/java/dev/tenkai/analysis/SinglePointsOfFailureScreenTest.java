package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import dev.tenkai.fixtures.AnalysisTopologyGen;
import dev.tenkai.model.Bastion;
import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.Database;
import dev.tenkai.model.DatabaseEngine;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.Egress;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableDnsZone;
import dev.tenkai.model.ImmutableEgress;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableTier;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Listener;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Nat;
import dev.tenkai.model.NatKind;
import dev.tenkai.model.Network;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Stickiness;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * {@link SinglePointsOfFailure} analyzes in full only the placements its screen lets through; these
 * properties check that the answer is the same, element for element and in the same order, as the
 * exhaustive analysis of every placement it replaced, on generated topologies built to have weak
 * placements of every kind: groups, caches and load balancers in one zone, load balancers over a
 * subset of their backends' zones, databases without a standby, shared NATs, several records per
 * name, records to groups, databases, NATs and the bastion, and traffic rules in cycles.
 */
class SinglePointsOfFailureScreenTest {
  private static final List<String> ZONES = List.of("a", "b", "c", "d");

  /** The implementation before the screen: every placement, one full analysis each. */
  static List<SinglePointOfFailure> exhaustive(Topology topology) {
    ZoneFailure analysis = ZoneFailure.of(topology);
    Outage baseline = analysis.analyze(Set.of());
    Set<String> servedBefore =
        baseline.entryPoints().stream()
            .filter(EntryPointOutcome::served)
            .map(EntryPointOutcome::name)
            .collect(Collectors.toSet());
    ImmutableList.Builder<SinglePointOfFailure> out = ImmutableList.builder();
    for (Map.Entry<String, ResourceKind> r : topology.resources().entrySet()) {
      for (String zone : topology.zonesOf(r.getKey())) {
        Outage o = analysis.analyze(Scenario.placement(r.getKey(), zone));
        List<String> lost = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (EntryPointOutcome e : o.unavailableEntryPoints()) {
          if (servedBefore.contains(e.name())) {
            lost.add(e.name());
            why.add(e.explanation());
          }
        }
        List<LostEgress> egress =
            o.lostEgress().stream()
                .filter(e -> !baseline.lostEgress().contains(e))
                .collect(ImmutableList.toImmutableList());
        boolean crossZoneEgress = egress.stream().anyMatch(e -> !e.zone().equals(zone));
        boolean bastion = baseline.management().reachable() && !o.management().reachable();
        if (!lost.isEmpty() || crossZoneEgress || bastion) {
          out.add(new SinglePointOfFailure(r.getKey(), r.getValue(), zone, lost, why, egress, bastion));
        }
      }
    }
    return out.build();
  }

  @Test
  void theScreenedAnalysisEqualsTheExhaustiveOneOnWeakTopologies() {
    AtomicInteger found = new AtomicInteger();
    AtomicInteger strict = new AtomicInteger();
    qt().withExamples(400)
        .forAll(weakTopologies())
        .checkAssert(
            t -> {
              List<SinglePointOfFailure> fast = SinglePointsOfFailure.of(t);
              assertThat(fast).isEqualTo(exhaustive(t));
              found.addAndGet(fast.size());
              strict.addAndGet((int) fast.stream().filter(SinglePointOfFailure::affectsEntryPoints).count());
            });
    // The generator must exercise the interesting case, not only topologies without any.
    assertThat(strict.get()).as("single points of failure on entry points found").isGreaterThan(100);
    assertThat(found.get()).isGreaterThan(strict.get());
  }

  @Test
  void theScreenedAnalysisEqualsTheExhaustiveOneOnTheAnalysisGenerators() {
    qt().withExamples(200)
        .forAll(AnalysisTopologyGen.arbitrary())
        .checkAssert(t -> assertThat(SinglePointsOfFailure.of(t)).isEqualTo(exhaustive(t)));
    qt().withExamples(100)
        .forAll(AnalysisTopologyGen.highlyAvailable())
        .checkAssert(t -> assertThat(SinglePointsOfFailure.of(t)).isEqualTo(exhaustive(t)));
  }

  private static int between(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi).generate(in);
  }

  private static boolean coin(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  private static List<String> someOf(RandomnessSource in, List<String> from, int min) {
    List<String> out = new ArrayList<>();
    for (String s : from) {
      if (coin(in)) {
        out.add(s);
      }
    }
    for (int i = 0; out.size() < min; i++) {
      if (!out.contains(from.get(i))) {
        out.add(from.get(i));
      }
    }
    return out;
  }

  private static Map<String, Integer> counts(RandomnessSource in, List<String> zones) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String z : zones) {
      out.put(z, between(in, 0, 2));
    }
    if (out.values().stream().allMatch(n -> n == 0)) {
      out.put(zones.get(between(in, 0, zones.size() - 1)), 1);
    }
    return out;
  }

  /** Topologies with weak placements of every kind, valid structurally (not necessarily wise). */
  static Gen<Topology> weakTopologies() {
    return in -> {
      List<String> zones = ZONES.subList(0, between(in, 2, 4));
      ImmutableTopology.Builder t =
          Topology.builder().name("weak").region("region-1").zones(zones).network(network(zones));
      int groups = between(in, 1, 4);
      List<String> groupNames = new ArrayList<>();
      for (int i = 0; i < groups; i++) {
        String name = "g" + i;
        groupNames.add(name);
        t.addServerGroup(
            ServerGroup.builder()
                .name(name)
                .countPerZone(counts(in, zones))
                .instanceClass("small")
                .minimumInService(between(in, 0, 2))
                .build());
      }
      int balancers = between(in, 1, 3);
      List<String> lbNames = new ArrayList<>();
      for (int i = 0; i < balancers; i++) {
        String name = "lb" + i;
        lbNames.add(name);
        ImmutableLoadBalancer.Builder lb =
            LoadBalancer.builder()
                .name(name)
                .zones(someOf(in, zones, 1))
                .addListener(Listener.http(80))
                .crossZone(coin(in))
                .internetFacing(coin(in))
                .stickiness(coin(in) ? Stickiness.on(Duration.ofHours(1)) : Stickiness.off());
        if (between(in, 0, 5) > 0) {
          lb.backends(someOf(in, groupNames, 1));
        }
        t.addLoadBalancer(lb.build());
      }
      String primary = zones.get(between(in, 0, zones.size() - 1));
      ImmutableDatabase.Builder db =
          Database.builder().name("db").engine(DatabaseEngine.POSTGRESQL).version("16").instanceClass("db.small")
              .primaryZone(primary);
      if (coin(in)) {
        db.standbyZone(zones.stream().filter(z -> !z.equals(primary)).findFirst().orElseThrow());
      }
      t.addDatabase(db.build());
      t.addCache(
          Cache.builder()
              .name("cache")
              .engine(CacheEngine.REDIS)
              .instanceClass("cache.small")
              .nodesPerZone(counts(in, zones))
              .replicatedAcrossZones(coin(in))
              .longestExpiry(Duration.ofHours(1))
              .build());
      boolean natPerZone = coin(in);
      List<String> targets = new ArrayList<>(lbNames);
      targets.addAll(List.of("db", "cache", "bastion", natPerZone ? "nat-" + zones.get(0) : "nat"));
      targets.addAll(groupNames);
      ImmutableDnsZone.Builder dns = DnsZone.builder().name("example.test");
      int records = between(in, 1, 5);
      for (int i = 0; i < records; i++) {
        // Two records may share a name: the name is served while one of them is.
        String name = "n" + between(in, 0, 2) + ".example.test";
        String target = coin(in) ? lbNames.get(between(in, 0, lbNames.size() - 1))
            : targets.get(between(in, 0, targets.size() - 1));
        dns.addRecord(DnsRecord.cnameTo(name, target, Duration.ofMinutes(5)));
      }
      if (coin(in)) {
        dns.addRecord(DnsRecord.builder().name("literal.example.test")
            .type(dev.tenkai.model.RecordType.A).addValues("192.0.2.1").build());
      }
      t.addDnsZone(dns.build());
      List<String> callers = new ArrayList<>(groupNames);
      callers.addAll(lbNames);
      List<String> callees = new ArrayList<>(groupNames);
      callees.addAll(lbNames);
      callees.addAll(List.of("db", "cache"));
      int rules = between(in, 0, 6);
      for (int i = 0; i < rules; i++) {
        // Random directions: cycles between groups and load balancers are possible.
        String from = callers.get(between(in, 0, callers.size() - 1));
        String to = callees.get(between(in, 0, callees.size() - 1));
        if (!from.equals(to)) {
          t.addFirewallRule(FirewallRule.allow(from, to, 80 + i));
        }
      }
      if (coin(in)) {
        t.addFirewallRule(FirewallRule.allow("bastion", groupNames.get(0), 22));
      }
      t.egress(egress(in, zones, natPerZone));
      t.bastion(Bastion.builder().zone(zones.get(between(in, 0, zones.size() - 1))).instanceClass("small")
          .addAllowedSource("203.0.113.0/24").build());
      return t.build();
    };
  }

  private static Network network(List<String> zones) {
    ImmutableTier.Builder pub = Tier.builder().name("public").kind(TierKind.PUBLIC).route(RouteIntent.INTERNET_GATEWAY);
    ImmutableTier.Builder priv = Tier.builder().name("private").kind(TierKind.PRIVATE).route(RouteIntent.NAT);
    for (int i = 0; i < zones.size(); i++) {
      pub.addSubnets(Subnet.of(zones.get(i), "10.0." + i + ".0/24"));
      priv.addSubnets(Subnet.of(zones.get(i), "10.0." + (10 + i) + ".0/24"));
    }
    return Network.builder().cidr("10.0.0.0/16").addTier(pub.build()).addTier(priv.build()).build();
  }

  private static Egress egress(RandomnessSource in, List<String> zones, boolean perZone) {
    ImmutableEgress.Builder e = Egress.builder();
    if (perZone) {
      for (String z : zones) {
        e.addNat(Nat.builder().name("nat-" + z).kind(NatKind.GATEWAY).zone(z).addServesZone(z).build());
      }
    } else {
      String z = zones.get(between(in, 0, zones.size() - 1));
      e.addNat(Nat.builder().name("nat").kind(NatKind.INSTANCE).instanceClass("small").zone(z)
          .addAllServesZones(zones).build());
    }
    return e.build();
  }
}
