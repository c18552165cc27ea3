package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.graph.Node;
import dev.tenkai.graph.NodeKind;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.Database;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one model of reachability and capacity the rules and the analyses share: which load balancer
 * nodes stand in which zones, which servers each load balancer can route to, which servers of a
 * group anything can reach at all, and what an entry point reaches from the internet.
 *
 * <ul>
 *   <li>A load balancer routes only to servers in zones where it has a node, and only while that
 *       node stands.
 *   <li>A server group's <b>reachable</b> servers are those a fronting load balancer can route to;
 *       a group that another resource calls directly (a firewall rule from a server group), that a
 *       DNS record targets, or that has no load balancer at all is reached on every surviving
 *       server. <b>Capacity is what is reachable</b>: a group with six servers whose load balancer
 *       serves two of its three zones has the capacity of the servers in those two.
 *   <li>An entry point is reached from the internet only through an internet-facing load
 *       balancer, or a server group or bastion in a public tier, or a publicly accessible database
 *       in a public tier; a NAT forwards outbound traffic only and a cache answers only inside its
 *       network.
 * </ul>
 *
 * <p>The work is proportional to the number of resources times zones, never to server counts.
 */
public final class Reachability {
  private final Topology topology;
  private final TopologyGraph graph;
  private final Scenario scenario;
  private final Map<String, ImmutableList<String>> nodeZones = new HashMap<>();
  private final Map<String, ImmutableMap<String, Integer>> reachable = new HashMap<>();

  private Reachability(TopologyGraph graph, Scenario scenario) {
    this.topology = graph.topology();
    this.graph = graph;
    this.scenario = scenario;
  }

  /** Reachability in {@code topology} with nothing failed. */
  public static Reachability of(Topology topology) {
    return of(TopologyGraph.of(topology));
  }

  /** Reachability in the topology of {@code graph} with nothing failed. */
  public static Reachability of(TopologyGraph graph) {
    return new Reachability(graph, Scenario.zones(graph.topology(), Set.of()));
  }

  /** Reachability once {@code scenario} has failed. */
  static Reachability under(TopologyGraph graph, Scenario scenario) {
    return new Reachability(graph, scenario);
  }

  /** The zones where load balancer {@code lb} still has a node, in its zone order. */
  public List<String> balancerNodes(String lb) {
    return nodeZones.computeIfAbsent(
        lb,
        name ->
            balancer(name).zones().stream()
                .filter(z -> scenario.alive(name, z))
                .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The servers of {@code group} that load balancer {@code lb} can route to, per zone of the load
   * balancer (zero where it has no standing node or the servers are gone), in the load balancer's
   * zone order.
   */
  public Map<String, Integer> routedServers(String lb, String group) {
    ServerGroup g = group(group);
    List<String> nodes = balancerNodes(lb);
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String z : balancer(lb).zones()) {
      out.put(z, nodes.contains(z) && scenario.alive(group, z) ? g.countIn(z) : 0);
    }
    return out;
  }

  /** The servers of {@code group} that anything can reach, per zone of the topology with servers. */
  public Map<String, Integer> reachableServers(String group) {
    return reachable.computeIfAbsent(group, this::computeReachable);
  }

  private ImmutableMap<String, Integer> computeReachable(String group) {
    ServerGroup g = group(group);
    Optional<Set<String>> zones = routingZones(group);
    ImmutableMap.Builder<String, Integer> out = ImmutableMap.builder();
    for (String z : topology.zones()) {
      if (g.countIn(z) > 0) {
        boolean counted = scenario.alive(group, z) && zones.map(s -> s.contains(z)).orElse(true);
        out.put(z, counted ? g.countIn(z) : 0);
      }
    }
    return out.buildOrThrow();
  }

  /**
   * The zones in which {@code group}'s servers are reached, when only load balancers reach it: the
   * zones of their standing nodes. Empty when the group is reached on every server (no load
   * balancer in front, or something calls it directly).
   */
  public Optional<Set<String>> routingZones(String group) {
    Node node = graph.resource(group);
    List<String> fronting = new ArrayList<>();
    boolean direct = false;
    for (Node p : graph.graph().predecessors(node)) {
      if (graph.graph().edgeValueOrDefault(p, node, FlowKind.ADMIN) != FlowKind.TRAFFIC) {
        continue;
      }
      // The topology's index, not the balancer's backend list: with K backends that scan made
      // every group's routing zones cost K, K^2 per scenario.
      if (p.kind() == NodeKind.LOAD_BALANCER
          && graph.topology().loadBalancersOf(group).stream().anyMatch(l -> l.name().equals(p.name()))) {
        fronting.add(p.name());
      } else {
        direct = true;
      }
    }
    if (fronting.isEmpty() || direct) {
      return Optional.empty();
    }
    Set<String> zones = new LinkedHashSet<>();
    fronting.forEach(lb -> zones.addAll(balancerNodes(lb)));
    return Optional.of(zones);
  }

  /** How many of {@code group}'s servers anything can reach. */
  public int reachableCount(String group) {
    return reachableServers(group).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The capacity of {@code group}: its servers, those reachable, and what the service needs. */
  public Capacity capacity(String group) {
    ServerGroup g = group(group);
    return new Capacity(g.name(), CapacityUnit.SERVERS, g.total(), reachableCount(group), g.minimumInService());
  }

  /**
   * Why the internet cannot reach the model resource {@code target} of a DNS record, or empty when
   * it can.
   */
  public Optional<String> unreachableFromInternet(String target) {
    ResourceKind kind = topology.resources().get(target);
    if (kind == null) {
      throw new IllegalArgumentException("no resource '" + target + "' in topology " + topology.name());
    }
    return switch (kind) {
      case LOAD_BALANCER -> balancer(target).internetFacing()
          ? Optional.empty()
          : Optional.of("an internal load balancer: only hosts inside the network reach it");
      case SERVER_GROUP -> publicTier(group(target).tier());
      case BASTION -> publicTier(topology.bastion().orElseThrow().tier());
      case DATABASE -> {
        Database db = topology.database(target).orElseThrow();
        yield db.publiclyAccessible()
            ? publicTier(db.tier())
            : Optional.of("a database that is not publicly accessible");
      }
      case CACHE -> Optional.of("a cache answers only inside its network");
      case NAT -> Optional.of("a NAT forwards outbound traffic only");
    };
  }

  private Optional<String> publicTier(String tier) {
    boolean isPublic = topology.tier(tier).map(t -> t.kind() == TierKind.PUBLIC).orElse(false);
    return isPublic ? Optional.empty() : Optional.of("it lives in tier " + tier + ", which the internet cannot reach");
  }

  /** What each entry point (DNS name) reaches, in model order. */
  public List<EntryPointReach> entryPoints() {
    Map<String, List<String>> targets = new LinkedHashMap<>();
    for (DnsZone zone : topology.dnsZones()) {
      for (DnsRecord r : zone.records()) {
        List<String> list = targets.computeIfAbsent(DnsZone.normalize(r.name()), k -> new ArrayList<>());
        r.target().ifPresent(list::add);
      }
    }
    List<EntryPointReach> out = new ArrayList<>();
    targets.forEach((name, list) -> out.add(entryPoint(name, list)));
    return ImmutableList.copyOf(out);
  }

  private EntryPointReach entryPoint(String name, List<String> targets) {
    Map<String, List<String>> lbs = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();
    Set<String> databases = new LinkedHashSet<>();
    Set<String> caches = new LinkedHashSet<>();
    List<String> unreachable = new ArrayList<>();
    Set<Node> seen = new LinkedHashSet<>();
    for (String target : targets) {
      Optional<String> why = unreachableFromInternet(target);
      if (why.isPresent()) {
        unreachable.add(target + ": " + why.get());
        continue;
      }
      Node start = graph.resource(target);
      seen.add(start);
      seen.addAll(graph.reachableFrom(start, EnumSet.of(FlowKind.TRAFFIC)));
    }
    for (Node n : seen) {
      switch (n.kind()) {
        case LOAD_BALANCER -> lbs.put(n.name(), balancerNodes(n.name()));
        case SERVER_GROUP -> groups.put(n.name(), reachableServers(n.name()));
        case DATABASE -> databases.add(n.name());
        case CACHE -> caches.add(n.name());
        // Listed, not defaulted: a new node kind must decide whether an entry point counts it.
        case INTERNET, DNS_RECORD, NAT, BASTION -> { }
      }
    }
    return new EntryPointReach(name, lbs, groups, List.copyOf(databases), List.copyOf(caches), unreachable);
  }

  private LoadBalancer balancer(String name) {
    return topology.loadBalancer(name)
        .orElseThrow(() -> new IllegalArgumentException("no load balancer '" + name + "' in topology " + topology.name()));
  }

  private ServerGroup group(String name) {
    return topology.serverGroup(name)
        .orElseThrow(() -> new IllegalArgumentException("no server group '" + name + "' in topology " + topology.name()));
  }
}
