package dev.tenkai.analysis;

import dev.tenkai.model.Bastion;
import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Nat;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one scenario leaves of each resource, kind by kind: server groups' reachable capacity,
 * load balancers and their backends, databases, caches, egress and the bastion. The entry points
 * are judged from these by {@link EntryPointChains}.
 */
final class ResourceOutcomes {
  private final Topology topology;
  private final Scenario s;
  private final Reachability reach;
  final Map<String, Capacity> groups = new LinkedHashMap<>();
  final Map<String, BalancerOutcome> balancers = new LinkedHashMap<>();
  final Map<String, DatabaseOutcome> databases = new LinkedHashMap<>();
  final Map<String, CacheOutcome> caches = new LinkedHashMap<>();

  ResourceOutcomes(Topology topology, Scenario scenario, Reachability reach) {
    this.topology = topology;
    this.s = scenario;
    this.reach = reach;
    topology.serverGroups().forEach(g -> groups.put(g.name(), reach.capacity(g.name())));
    topology.loadBalancers().forEach(lb -> balancers.put(lb.name(), balancer(lb)));
    topology.databases().forEach(db -> databases.put(db.name(), database(db)));
    topology.caches().forEach(c -> caches.put(c.name(), cache(c)));
  }

  /** One line per server group (reachable servers), then per cache (surviving nodes). */
  List<Capacity> capacity() {
    List<Capacity> out = new ArrayList<>(groups.values());
    caches.values()
        .forEach(c -> out.add(new Capacity(c.name(), CapacityUnit.CACHE_NODES, c.nodesBefore(), c.nodesLeft(), 1)));
    return out;
  }

  private BalancerOutcome balancer(LoadBalancer lb) {
    List<String> surviving = reach.balancerNodes(lb.name());
    List<String> lost = lb.zones().stream().filter(z -> !surviving.contains(z)).toList();
    boolean sticky = lb.stickiness().enabled();
    List<BackendOutcome> backends = new ArrayList<>();
    Map<String, Integer> reachablePerZone = new LinkedHashMap<>();
    surviving.forEach(z -> reachablePerZone.put(z, 0));
    for (String name : lb.backends()) {
      ServerGroup g = topology.serverGroup(name).orElseThrow();
      Map<String, Integer> before = new LinkedHashMap<>();
      lb.zones().forEach(z -> before.put(z, g.countIn(z)));
      Map<String, Integer> left = reach.routedServers(lb.name(), name);
      left.forEach((z, l) -> reachablePerZone.computeIfPresent(z, (k, v) -> v + l));
      double share = sticky ? failingSessionShare(lb.crossZone(), before, left) : 0;
      backends.add(new BackendOutcome(name, before, left, share));
    }
    int reachable = reachablePerZone.values().stream().mapToInt(Integer::intValue).sum();
    List<String> withoutBackend = new ArrayList<>();
    for (Map.Entry<String, Integer> e : reachablePerZone.entrySet()) {
      boolean none = lb.crossZone() ? reachable == 0 : e.getValue() == 0;
      if (none) {
        withoutBackend.add(e.getKey());
      }
    }
    double requestShare = surviving.isEmpty() ? 0 : (double) withoutBackend.size() / surviving.size();
    double failing = backends.stream().mapToDouble(BackendOutcome::failingSessionShare).max().orElse(0);
    return new BalancerOutcome(
        lb.name(),
        surviving,
        lost,
        lb.crossZone(),
        sticky,
        backends,
        failing,
        sticky ? lb.healthCheck().timeToDeclareDead() : Duration.ZERO,
        sticky ? lb.stickiness().duration() : Duration.ZERO,
        withoutBackend,
        requestShare);
  }

  /**
   * Sessions spread as {@link ZoneFailure} documents: the share bound to servers now gone. With
   * cross-zone on, over every backend server of the load balancer's zones; with cross-zone off,
   * evenly over the zones with servers, then over each zone's servers.
   */
  private static double failingSessionShare(
      boolean crossZone, Map<String, Integer> before, Map<String, Integer> left) {
    int total = before.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return 0;
    }
    if (crossZone) {
      int gone = 0;
      for (String z : before.keySet()) {
        gone += before.get(z) - left.get(z);
      }
      return (double) gone / total;
    }
    long zonesWithServers = before.values().stream().filter(n -> n > 0).count();
    double share = 0;
    for (String z : before.keySet()) {
      int n = before.get(z);
      if (n > 0) {
        share += (1.0 / zonesWithServers) * (n - left.get(z)) / n;
      }
    }
    return share;
  }

  private DatabaseOutcome database(Database db) {
    boolean primary = s.alive(db.name(), db.primaryZone());
    Optional<String> standby = db.standbyZone().filter(z -> s.alive(db.name(), z));
    if (primary) {
      DatabaseState state =
          db.standbyZone().isPresent() && standby.isEmpty()
              ? DatabaseState.STANDBY_LOST
              : DatabaseState.UNAFFECTED;
      return new DatabaseOutcome(db.name(), state, Optional.of(db.primaryZone()), Duration.ZERO, Duration.ZERO);
    }
    if (standby.isPresent()) {
      return new DatabaseOutcome(
          db.name(), DatabaseState.FAILED_OVER, standby, ZoneFailure.EXPECTED_FAILOVER_MIN, ZoneFailure.EXPECTED_FAILOVER_MAX);
    }
    return new DatabaseOutcome(db.name(), DatabaseState.UNAVAILABLE, Optional.empty(), Duration.ZERO, Duration.ZERO);
  }

  private CacheOutcome cache(Cache c) {
    int before = c.total();
    int left = 0;
    for (Map.Entry<String, Integer> e : c.nodesPerZone().entrySet()) {
      if (s.alive(c.name(), e.getKey())) {
        left += e.getValue();
      }
    }
    double lost;
    if (left == 0) {
      lost = 1;
    } else if (c.replicatedAcrossZones()) {
      lost = 0;
    } else {
      lost = (double) (before - left) / before;
    }
    return new CacheOutcome(c.name(), before, left, c.replicatedAcrossZones(), lost);
  }

  /** The surviving subnets of NAT-routed tiers whose NAT is gone. */
  List<LostEgress> lostEgress() {
    List<LostEgress> out = new ArrayList<>();
    for (Tier tier : topology.network().tiers()) {
      if (tier.route() != RouteIntent.NAT) {
        continue;
      }
      for (Subnet subnet : tier.subnets()) {
        if (!s.zoneAlive(subnet.zone())) {
          continue;
        }
        Optional<Nat> nat = topology.egress().natServing(subnet.zone());
        if (nat.isPresent() && !s.alive(nat.get().name(), nat.get().zone())) {
          out.add(new LostEgress(tier.name(), subnet.zone(), subnet.cidr(), nat.get().name(), nat.get().zone()));
        }
      }
    }
    return out;
  }

  /** Whether administrators can still come in. */
  Management management() {
    Optional<Bastion> bastion = topology.bastion();
    if (bastion.isEmpty()) {
      return new Management(Optional.empty(), false, "the topology has no bastion");
    }
    Bastion b = bastion.get();
    boolean alive = s.alive(b.name(), b.zone());
    return new Management(
        Optional.of(b.name()),
        alive,
        alive
            ? b.name() + " in zone " + b.zone() + " is reachable"
            : b.name() + " lived in zone " + b.zone() + ": no way in for administrators");
  }
}
