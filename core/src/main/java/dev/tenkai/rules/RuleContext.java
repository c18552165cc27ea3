package dev.tenkai.rules;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.Reachability;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a rule may look at: the topology and, computed once for all rules on first use, its graph,
 * its reachability and the offline analyses the rules read (so a rule and the analysis it reports
 * cannot disagree).
 */
public final class RuleContext {
  private final Topology topology;
  private final Supplier<TopologyGraph> graph;
  private final Supplier<Reachability> reachability;
  private final Supplier<ZoneFailure> zoneFailure;
  private final Supplier<Outage> baseline;
  private final Supplier<List<Outage>> claimedOutages;
  private final Supplier<List<RestartTimeline>> restarts;

  private RuleContext(Topology topology) {
    this.topology = topology;
    this.graph = Suppliers.memoize(() -> TopologyGraph.of(topology));
    this.reachability = Suppliers.memoize(() -> Reachability.of(graph()));
    this.zoneFailure = Suppliers.memoize(() -> ZoneFailure.of(graph()));
    this.baseline = Suppliers.memoize(() -> zoneFailure.get().baseline());
    this.claimedOutages = Suppliers.memoize(this::outagesClaimed);
    this.restarts = Suppliers.memoize(
        () -> topology.serverGroups().stream()
            .map(g -> RestartTimeline.of(topology, g.name(), g.restartPolicy()))
            .collect(ImmutableList.toImmutableList()));
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

  /** What each entry point and load balancer reaches with nothing failed; capacity is what is reachable. */
  public Reachability reachability() {
    return reachability.get();
  }

  /** The zone-failure analysis with nothing failed. */
  public Outage baseline() {
    return baseline.get();
  }

  /**
   * The zone failures the topology claims to survive: every single zone (for a topology of more
   * than one zone), and every pair when its service declares {@code zoneLossesTolerated} 2.
   */
  public List<Outage> claimedOutages() {
    return claimedOutages.get();
  }

  /** The restart of every server group by its own policy, in model order, in place. */
  public List<RestartTimeline> restarts() {
    return restarts.get();
  }

  /** The restart of {@code group} by its own policy. */
  public RestartTimeline restart(ServerGroup group) {
    return restarts().stream().filter(r -> r.group().equals(group.name())).findFirst().orElseThrow();
  }

  private List<Outage> outagesClaimed() {
    if (topology.zones().size() < 2) {
      return List.of();
    }
    ImmutableList.Builder<Outage> out = ImmutableList.builder();
    out.addAll(zoneFailure.get().everySingleZone());
    if (topology.service().zoneLossesTolerated() >= 2) {
      out.addAll(zoneFailure.get().everyPair());
    }
    return out.build();
  }
}
