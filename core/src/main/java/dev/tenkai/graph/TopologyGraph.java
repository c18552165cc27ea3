package dev.tenkai.graph;

import com.google.common.base.Throwables;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.Nat;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The topology as a directed graph (Guava {@code com.google.common.graph}): an edge {@code a -> b}
 * means a sends to b, so a depends on b. Traffic flows internet -> DNS record -> load balancer ->
 * server group -> database and cache (as the firewall allows); egress flows private hosts -> NAT
 * -> internet; administration flows internet -> bastion -> hosts.
 */
public final class TopologyGraph {
  private final Topology topology;
  private final ImmutableValueGraph<Node, FlowKind> graph;

  private TopologyGraph(Topology topology, ImmutableValueGraph<Node, FlowKind> graph) {
    this.topology = topology;
    this.graph = graph;
  }

  /**
   * Graphs of the topologies analysed lately, by identity: a topology is immutable, so its graph is
   * too, and the rules and analyses that each ask for it (one restart timeline per server group,
   * say) share one instead of building one per question; at a thousand services that was 1,000
   * graph builds per check.
   */
  private static final LoadingCache<Topology, TopologyGraph> RECENT =
      CacheBuilder.newBuilder().weakKeys().maximumSize(32).build(CacheLoader.from(TopologyGraph::build));

  /** The graph of {@code topology}. */
  public static TopologyGraph of(Topology topology) {
    try {
      return RECENT.getUnchecked(topology);
    } catch (UncheckedExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
  }

  private static TopologyGraph build(Topology topology) {
    // Stable edge order: successors come in the order the model declares them. With Guava's
    // default (unordered) they came in hash order, and Node's hash mixes an enum's identity hash,
    // so the order of an analysis's explanations could change with unrelated code or the JVM.
    MutableValueGraph<Node, FlowKind> g =
        ValueGraphBuilder.directed()
            .allowsSelfLoops(false)
            .nodeOrder(ElementOrder.insertion())
            .incidentEdgeOrder(ElementOrder.stable())
            .build();
    g.addNode(Node.INTERNET);
    topology.resources().forEach((name, kind) -> g.addNode(node(kind, name)));
    for (DnsZone zone : topology.dnsZones()) {
      for (DnsRecord r : zone.records()) {
        Node rec = Node.of(NodeKind.DNS_RECORD, DnsZone.normalize(r.name()));
        g.putEdgeValue(Node.INTERNET, rec, FlowKind.TRAFFIC);
        r.target().ifPresent(t -> g.putEdgeValue(rec, node(topology.resources().get(t), t), FlowKind.TRAFFIC));
      }
    }
    topology.loadBalancers().forEach(lb -> lb.backends().forEach(
        b -> g.putEdgeValue(node(ResourceKind.LOAD_BALANCER, lb.name()), node(ResourceKind.SERVER_GROUP, b), FlowKind.TRAFFIC)));
    for (FirewallRule rule : topology.firewallRules()) {
      if (rule.fromRole().isEmpty() || rule.fromRole().get().equals(rule.to())) {
        continue;
      }
      Node from = node(topology.resources().get(rule.fromRole().get()), rule.fromRole().get());
      Node to = node(topology.resources().get(rule.to()), rule.to());
      FlowKind kind = from.kind() == NodeKind.BASTION ? FlowKind.ADMIN : FlowKind.TRAFFIC;
      if (!g.hasEdgeConnecting(from, to)) {
        g.putEdgeValue(from, to, kind);
      }
    }
    topology.bastion().ifPresent(b -> g.putEdgeValue(Node.INTERNET, node(ResourceKind.BASTION, b.name()), FlowKind.ADMIN));
    for (Nat nat : topology.egress().nats()) {
      Node n = node(ResourceKind.NAT, nat.name());
      g.putEdgeValue(n, Node.INTERNET, FlowKind.EGRESS);
    }
    addEgress(topology, g);
    return new TopologyGraph(topology, ImmutableValueGraph.copyOf(g));
  }

  /** Private hosts in a NAT-routed tier send egress to the NAT serving their zone. */
  private static void addEgress(Topology t, MutableValueGraph<Node, FlowKind> g) {
    t.resources().forEach((name, kind) -> {
      Optional<Tier> tier = ResourceKinds.egressTier(t, kind, name).flatMap(t::tier);
      if (tier.isEmpty() || tier.get().route() != dev.tenkai.model.RouteIntent.NAT) {
        return;
      }
      Node from = node(kind, name);
      for (String zone : ResourceKinds.zones(t, name)) {
        t.egress().natServing(zone).ifPresent(nat -> {
          Node to = node(ResourceKind.NAT, nat.name());
          if (!g.hasEdgeConnecting(from, to)) {
            g.putEdgeValue(from, to, FlowKind.EGRESS);
          }
        });
      }
    });
  }

  /** The node for resource {@code name} of {@code kind}. */
  public static Node node(ResourceKind kind, String name) {
    return Node.of(ResourceKinds.node(kind), name);
  }

  /** The node of the model resource called {@code name}. */
  public Node resource(String name) {
    ResourceKind kind = topology.resources().get(name);
    if (kind == null) {
      throw new IllegalArgumentException("no resource '" + name + "' in topology " + topology.name());
    }
    return node(kind, name);
  }

  /** The underlying Guava graph, read-only. */
  public ValueGraph<Node, FlowKind> graph() {
    return graph;
  }

  /** The topology the graph was built from. */
  public Topology topology() {
    return topology;
  }

  /** The entry points of the service: one node per DNS name, in model order. */
  public ImmutableList<Node> entryPoints() {
    return graph.nodes().stream()
        .filter(n -> n.kind() == NodeKind.DNS_RECORD)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Everything {@code name} needs to do its job, directly or not, following traffic and egress
   * (not administration): for the web tier, its database, cache, NAT and the internet.
   */
  public ImmutableSet<Node> dependenciesOf(String name) {
    return reachableFrom(resource(name), EnumSet.of(FlowKind.TRAFFIC, FlowKind.EGRESS));
  }

  /**
   * The nodes reachable from {@code start} along edges of the given kinds, without start. The
   * internet is a sink: reaching it does not lead back into the topology.
   */
  public ImmutableSet<Node> reachableFrom(Node start, Set<FlowKind> kinds) {
    Set<Node> seen = new LinkedHashSet<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      Node n = todo.poll();
      if (n.equals(Node.INTERNET) && !start.equals(Node.INTERNET)) {
        continue;
      }
      for (Node s : graph.successors(n)) {
        if (kinds.contains(graph.edgeValueOrDefault(n, s, FlowKind.TRAFFIC)) && !s.equals(start) && seen.add(s)) {
          todo.add(s);
        }
      }
    }
    return ImmutableSet.copyOf(seen);
  }

  /** The resources that send traffic directly to {@code name}. */
  public ImmutableSet<Node> dependents(String name) {
    return ImmutableSet.copyOf(graph.predecessors(resource(name)));
  }

  /** The zones each named resource occupies, in model order. */
  public ImmutableMap<String, List<String>> zonesByResource() {
    ImmutableMap.Builder<String, List<String>> out = ImmutableMap.builder();
    topology.resources().keySet().forEach(name -> out.put(name, ResourceKinds.zones(topology, name)));
    return out.buildOrThrow();
  }

  /** The zones each network tier has a subnet in. */
  public ImmutableMap<String, List<String>> zonesByNetworkTier() {
    ImmutableMap.Builder<String, List<String>> out = ImmutableMap.builder();
    for (Tier t : topology.network().tiers()) {
      out.put(t.name(), t.subnets().stream().map(s -> s.zone()).collect(ImmutableList.toImmutableList()));
    }
    return out.buildOrThrow();
  }
}
