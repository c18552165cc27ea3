package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What if zone a goes down?": the {@link Outage} a set of failed zones causes, computed offline
 * from the model in time proportional to the number of resources and zones, never to the number of
 * servers.
 *
 * <h2>The model</h2>
 *
 * <ul>
 *   <li>A failed zone loses every node in it: servers, cache nodes, load-balancer nodes, the
 *       database instance, NATs, the bastion, and its subnets.
 *   <li><b>Reachability and capacity</b> come from {@link Reachability}, which the rules use too:
 *       a server group's capacity is the servers something can still reach (through a standing
 *       load balancer node in their zone, or directly), not the servers it has.
 *   <li><b>Entry points.</b> Each DNS name is an entry point. A record whose target the internet
 *       cannot reach (an internal load balancer, a resource in a private tier) is not served, even
 *       with nothing failed. An entry point is served when every record of it
 *       that targets a model resource is served (records with literal values are outside the model
 *       and always served). A load balancer is served when it keeps a node in a surviving zone and
 *       its backends keep a surviving server in a zone where it still has a node (a load balancer
 *       does not route to servers in zones it has no node in). A server group is served when a
 *       server survives and every database, cache, server group or load balancer it sends traffic
 *       to (the {@link TopologyGraph}'s traffic edges, which follow the firewall rules) is served.
 *       A database is served when its primary survives or it fails over to a surviving standby; a
 *       cache when a node survives. The first link with nothing left is the broken chain.
 *   <li><b>Degraded</b> means still answered, with requests failing for a while or capacity short:
 *       a database failover, lost cached data, sticky sessions bound to lost servers, load-balancer
 *       nodes left without any server (cross-zone off), fewer servers than the group's {@code
 *       minimumInService}.
 *   <li><b>Sticky sessions.</b> Requests are spread evenly over the load balancer's nodes (DNS
 *       round robin) and sessions with them. With cross-zone on, a node spreads its sessions evenly
 *       over every backend server of the load balancer's zones; with cross-zone off, over the
 *       servers of its own zone (nodes of zones without servers are left out). The sessions bound to
 *       a lost server fail (the seed's 502s) at least until the health check declares that server
 *       dead ({@code timeToDeclareDead}) and the load balancer binds them elsewhere, at most until
 *       the stickiness expires.
 *   <li><b>Database failover</b> to a synchronous standby is expected to take between {@link
 *       #EXPECTED_FAILOVER_MIN} and {@link #EXPECTED_FAILOVER_MAX}, a provider-neutral assumption
 *       (managed databases with a synchronous standby document one to two minutes).
 *   <li><b>Cache.</b> A replicated cache loses nothing while a node survives; a sharded one loses
 *       the lost nodes' share of the data (each node holding an equal shard).
 *   <li><b>Egress.</b> A surviving subnet of a NAT-routed tier loses internet access when the NAT
 *       serving its zone lived in a failed zone.
 * </ul>
 *
 * <p>An instance holds the topology's graph, so analyzing many scenarios of one topology builds it
 * once.
 */
public final class ZoneFailure {
  /** The least time a database takes to fail over to its synchronous standby (an assumption). */
  public static final Duration EXPECTED_FAILOVER_MIN = Duration.ofSeconds(60);

  /** The most time a database takes to fail over to its synchronous standby (an assumption). */
  public static final Duration EXPECTED_FAILOVER_MAX = Duration.ofSeconds(120);

  private final Topology topology;
  private final TopologyGraph graph;

  private ZoneFailure(TopologyGraph graph) {
    this.topology = graph.topology();
    this.graph = graph;
  }

  /** The analysis of {@code topology}, to ask about several scenarios. */
  public static ZoneFailure of(Topology topology) {
    return new ZoneFailure(TopologyGraph.of(topology));
  }

  /** The analysis of the topology {@code graph} was built from. */
  public static ZoneFailure of(TopologyGraph graph) {
    return new ZoneFailure(graph);
  }

  /**
   * What losing {@code failedZones} does to {@code topology}.
   *
   * @throws IllegalArgumentException when a zone is not one of the topology's zones
   */
  public static Outage analyze(Topology topology, Set<String> failedZones) {
    return of(topology).analyze(failedZones);
  }

  /** What losing each zone of {@code topology} alone does, in zone order. */
  public static List<Outage> everySingleZone(Topology topology) {
    return of(topology).everySingleZone();
  }

  /** What {@code topology} does with nothing failed. */
  public static Outage baseline(Topology topology) {
    return of(topology).baseline();
  }

  /** What losing each pair of zones of {@code topology} does, in zone order. */
  public static List<Outage> everyPair(Topology topology) {
    return of(topology).everyPair();
  }

  /**
   * What losing {@code failedZones} does.
   *
   * @throws IllegalArgumentException when a zone is not one of the topology's zones
   */
  public Outage analyze(Set<String> failedZones) {
    return analyze(Scenario.zones(topology, failedZones));
  }

  /** What the topology does with nothing failed: whether every entry point answers at all. */
  public Outage baseline() {
    return analyze(Set.of());
  }

  /** What losing each zone alone does, in zone order. */
  public List<Outage> everySingleZone() {
    return topology.zones().stream()
        .map(z -> analyze(Set.of(z)))
        .collect(ImmutableList.toImmutableList());
  }

  /** What losing each pair of zones does, in zone order. */
  public List<Outage> everyPair() {
    List<String> zones = topology.zones();
    ImmutableList.Builder<Outage> out = ImmutableList.builder();
    for (int i = 0; i < zones.size(); i++) {
      for (int j = i + 1; j < zones.size(); j++) {
        out.add(analyze(Set.of(zones.get(i), zones.get(j))));
      }
    }
    return out.build();
  }

  /** The topology analyzed. */
  public Topology topology() {
    return topology;
  }

  Outage analyze(Scenario scenario) {
    return run(scenario);
  }

  private Outage run(Scenario s) {
    Reachability reach = Reachability.under(graph, s);
    ResourceOutcomes outcomes = new ResourceOutcomes(topology, s, reach);
    List<EntryPointOutcome> entryPoints = new EntryPointChains(graph, s, reach, outcomes).entryPoints();
    Map<String, ResourceState> states = DiagramStates.of(topology, s, entryPoints, outcomes);
    return new Outage(
        s.label(),
        s.failedZones(),
        entryPoints,
        outcomes.capacity(),
        ImmutableList.copyOf(outcomes.balancers.values()),
        ImmutableList.copyOf(outcomes.databases.values()),
        ImmutableList.copyOf(outcomes.caches.values()),
        outcomes.lostEgress(),
        outcomes.management(),
        states,
        DiagramStates.brokenEdges(graph, states));
  }
}
