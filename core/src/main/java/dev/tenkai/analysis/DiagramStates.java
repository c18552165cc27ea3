package dev.tenkai.analysis;

import com.google.common.graph.EndpointPair;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.graph.Node;
import dev.tenkai.graph.NodeKind;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.Topology;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For diagrams: every graph node's state after a scenario, and the edges with an end that is down. */
final class DiagramStates {
  private DiagramStates() {}

  /** The state of every entry point and resource, by graph node name. */
  static Map<String, ResourceState> of(
      Topology topology, Scenario s, List<EntryPointOutcome> entryPoints, ResourceOutcomes outcomes) {
    Map<String, ResourceState> out = new LinkedHashMap<>();
    for (EntryPointOutcome e : entryPoints) {
      out.put(
          e.name(),
          switch (e.status()) {
            case SERVED -> ResourceState.UP;
            case DEGRADED -> ResourceState.DEGRADED;
            case UNAVAILABLE -> ResourceState.DOWN;
          });
    }
    topology.egress().nats().forEach(nat -> out.put(nat.name(), up(s.alive(nat.name(), nat.zone()))));
    topology.bastion().ifPresent(b -> out.put(b.name(), up(s.alive(b.name(), b.zone()))));
    outcomes.balancers.values()
        .forEach(b -> out.put(b.name(), partial(b.survivingZones().size(), b.survivingZones().size() + b.lostZones().size())));
    outcomes.groups.values().forEach(c -> out.put(c.resource(), partial(c.left(), c.before())));
    outcomes.databases.values()
        .forEach(
            d ->
                out.put(
                    d.name(),
                    switch (d.state()) {
                      case UNAFFECTED -> ResourceState.UP;
                      case STANDBY_LOST, FAILED_OVER -> ResourceState.DEGRADED;
                      case UNAVAILABLE -> ResourceState.DOWN;
                    }));
    outcomes.caches.values().forEach(c -> out.put(c.name(), partial(c.nodesLeft(), c.nodesBefore())));
    return out;
  }

  /** The graph edges with an end that is down. */
  static Set<BrokenEdge> brokenEdges(TopologyGraph graph, Map<String, ResourceState> states) {
    Set<BrokenEdge> out = new LinkedHashSet<>();
    for (EndpointPair<Node> e : graph.graph().edges()) {
      if (down(states, e.source()) || down(states, e.target())) {
        FlowKind flow = graph.graph().edgeValueOrDefault(e.source(), e.target(), FlowKind.TRAFFIC);
        out.add(new BrokenEdge(e.source().name(), e.target().name(), flow));
      }
    }
    return out;
  }

  private static boolean down(Map<String, ResourceState> states, Node n) {
    return n.kind() != NodeKind.INTERNET && states.get(n.name()) == ResourceState.DOWN;
  }

  private static ResourceState up(boolean alive) {
    return alive ? ResourceState.UP : ResourceState.DOWN;
  }

  private static ResourceState partial(int left, int before) {
    if (left == 0) {
      return ResourceState.DOWN;
    }
    return left < before ? ResourceState.DEGRADED : ResourceState.UP;
  }
}
