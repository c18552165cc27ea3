package dev.tenkai.rules;

import com.google.common.base.Suppliers;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.Topology;
import java.util.function.Supplier;

/** What a rule may look at: the topology and, computed once for all rules, its graph. */
public final class RuleContext {
  private final Topology topology;
  private final Supplier<TopologyGraph> graph;

  private RuleContext(Topology topology) {
    this.topology = topology;
    this.graph = Suppliers.memoize(() -> TopologyGraph.of(topology));
  }

  /** The context for {@code topology}. */
  public static RuleContext of(Topology topology) {
    return new RuleContext(topology);
  }

  /** The topology under validation. */
  public Topology topology() {
    return topology;
  }

  /** Its graph, built on first use. */
  public TopologyGraph graph() {
    return graph.get();
  }
}
