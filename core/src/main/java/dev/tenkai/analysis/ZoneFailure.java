package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.EndpointPair;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.graph.Node;
import dev.tenkai.graph.NodeKind;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.Bastion;
import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Nat;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 *   <li><b>Entry points.</b> Each DNS name is an entry point. It is served when every record of it
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

  private static final Set<NodeKind> SERVICE_DEPENDENCIES =
      EnumSet.of(NodeKind.LOAD_BALANCER, NodeKind.SERVER_GROUP, NodeKind.DATABASE, NodeKind.CACHE);

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
    return new Run(scenario).outage();
  }

  /** Only the subnets that lose egress in {@code scenario}, without judging the entry points. */
  List<LostEgress> lostEgress(Scenario scenario) {
    return new Run(scenario).lostEgress();
  }

  /** Only whether the bastion stays reachable in {@code scenario}, without judging the entry points. */
  Management management(Scenario scenario) {
    return new Run(scenario).management();
  }

  /** A link that broke: the chain from it to the resource with nothing left, and why. */
  private record Break(ImmutableList<String> chain, String reason) {
    Break under(String name) {
      return new Break(
          ImmutableList.<String>builder().add(name).addAll(chain).build(), reason);
    }

    String explanation() {
      return String.join(" -> ", chain) + ": " + reason;
    }
  }

  /** Whether a resource still does its job for the entry points, and what degrades it. */
  private record Link(Optional<Break> broken, ImmutableSet<String> notes) {
    static Link ok(Set<String> notes) {
      return new Link(Optional.empty(), ImmutableSet.copyOf(notes));
    }

    static Link broken(Break b) {
      return new Link(Optional.of(b), ImmutableSet.of());
    }
  }

  /** One scenario's evaluation; resource outcomes first, then the entry points that use them. */
  private final class Run {
    private final Scenario s;
    private final Map<String, BalancerOutcome> balancers = new LinkedHashMap<>();
    private final Map<String, DatabaseOutcome> databases = new LinkedHashMap<>();
    private final Map<String, CacheOutcome> caches = new LinkedHashMap<>();
    private final Map<String, Capacity> groups = new LinkedHashMap<>();
    private final Map<Node, Link> links = new HashMap<>();
    private final Set<Node> inProgress = new HashSet<>();

    Run(Scenario s) {
      this.s = s;
    }

    Outage outage() {
      topology.serverGroups().forEach(g -> groups.put(g.name(), capacity(g)));
      topology.loadBalancers().forEach(lb -> balancers.put(lb.name(), balancer(lb)));
      topology.databases().forEach(db -> databases.put(db.name(), database(db)));
      topology.caches().forEach(c -> caches.put(c.name(), cache(c)));
      List<EntryPointOutcome> entryPoints = entryPoints();
      List<Capacity> capacity = new ArrayList<>(groups.values());
      caches.values()
          .forEach(
              c -> capacity.add(new Capacity(c.name(), CapacityUnit.CACHE_NODES, c.nodesBefore(), c.nodesLeft(), 1)));
      Map<String, ResourceState> states = states(entryPoints);
      return new Outage(
          s.label(),
          s.failedZones(),
          entryPoints,
          capacity,
          ImmutableList.copyOf(balancers.values()),
          ImmutableList.copyOf(databases.values()),
          ImmutableList.copyOf(caches.values()),
          lostEgress(),
          management(),
          states,
          brokenEdges(states));
    }

    // ---- resources -----------------------------------------------------------------------

    private int left(String resource, Map<String, Integer> perZone) {
      int n = 0;
      for (Map.Entry<String, Integer> e : perZone.entrySet()) {
        if (s.alive(resource, e.getKey())) {
          n += e.getValue();
        }
      }
      return n;
    }

    private Capacity capacity(ServerGroup g) {
      return new Capacity(
          g.name(), CapacityUnit.SERVERS, g.total(), left(g.name(), g.countPerZone()), g.minimumInService());
    }

    private BalancerOutcome balancer(LoadBalancer lb) {
      List<String> surviving = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      for (String z : lb.zones()) {
        (s.alive(lb.name(), z) ? surviving : lost).add(z);
      }
      boolean sticky = lb.stickiness().enabled();
      List<BackendOutcome> backends = new ArrayList<>();
      Map<String, Integer> reachablePerZone = new LinkedHashMap<>();
      surviving.forEach(z -> reachablePerZone.put(z, 0));
      for (String name : lb.backends()) {
        ServerGroup g = topology.serverGroup(name).orElseThrow();
        Map<String, Integer> before = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        for (String z : lb.zones()) {
          int n = g.countIn(z);
          before.put(z, n);
          int l = surviving.contains(z) && s.alive(name, z) ? n : 0;
          left.put(z, l);
          reachablePerZone.computeIfPresent(z, (k, v) -> v + l);
        }
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

    /** Sessions spread as the class documentation says; the share bound to servers now gone. */
    private double failingSessionShare(
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
            db.name(), DatabaseState.FAILED_OVER, standby, EXPECTED_FAILOVER_MIN, EXPECTED_FAILOVER_MAX);
      }
      return new DatabaseOutcome(
          db.name(), DatabaseState.UNAVAILABLE, Optional.empty(), Duration.ZERO, Duration.ZERO);
    }

    private CacheOutcome cache(Cache c) {
      int before = c.total();
      int left = left(c.name(), c.nodesPerZone());
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

    private List<LostEgress> lostEgress() {
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

    private Management management() {
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

    // ---- entry points ----------------------------------------------------------------------

    private List<EntryPointOutcome> entryPoints() {
      Map<String, List<DnsRecord>> byName = new LinkedHashMap<>();
      for (DnsZone zone : topology.dnsZones()) {
        for (DnsRecord r : zone.records()) {
          byName.computeIfAbsent(DnsZone.normalize(r.name()), k -> new ArrayList<>()).add(r);
        }
      }
      List<EntryPointOutcome> out = new ArrayList<>();
      byName.forEach((name, records) -> out.add(entryPoint(name, records)));
      return out;
    }

    private EntryPointOutcome entryPoint(String name, List<DnsRecord> records) {
      Set<String> notes = new LinkedHashSet<>();
      List<Break> broken = new ArrayList<>();
      int targeted = 0;
      for (DnsRecord r : records) {
        if (r.target().isEmpty()) {
          continue;
        }
        targeted++;
        Link l = link(graph.resource(r.target().get()));
        if (l.broken().isPresent()) {
          broken.add(l.broken().get().under(name));
        } else {
          notes.addAll(l.notes());
        }
      }
      if (targeted > 0 && broken.size() == targeted) {
        Break b = broken.get(0);
        return new EntryPointOutcome(name, ServiceStatus.UNAVAILABLE, b.chain(), b.reason(), List.of());
      }
      broken.forEach(b -> notes.add("some records fail: " + b.explanation()));
      ServiceStatus status = notes.isEmpty() ? ServiceStatus.SERVED : ServiceStatus.DEGRADED;
      return new EntryPointOutcome(name, status, List.of(), "", List.copyOf(notes));
    }

    private Link link(Node n) {
      Link known = links.get(n);
      if (known != null) {
        return known;
      }
      if (!inProgress.add(n)) {
        // A cycle of traffic rules: the resource is being evaluated further up the chain.
        return Link.ok(Set.of());
      }
      Link l = evaluate(n);
      inProgress.remove(n);
      links.put(n, l);
      return l;
    }

    private Link evaluate(Node n) {
      switch (n.kind()) {
        case LOAD_BALANCER:
          return balancerLink(n);
        case SERVER_GROUP:
          return groupLink(n);
        case DATABASE:
          return databaseLink(n.name());
        case CACHE:
          return cacheLink(n.name());
        case NAT:
          return zoned(n.name(), topology.nat(n.name()).orElseThrow().zone());
        case BASTION:
          return zoned(n.name(), topology.bastion().orElseThrow().zone());
        default:
          return Link.ok(Set.of());
      }
    }

    private Link zoned(String name, String zone) {
      return s.alive(name, zone)
          ? Link.ok(Set.of())
          : Link.broken(new Break(ImmutableList.of(name), "its node in zone " + zone + " is lost"));
    }

    /** The other resources {@code n} sends service traffic to. */
    private List<Node> dependencies(Node n) {
      List<Node> out = new ArrayList<>();
      for (Node d : graph.graph().successors(n)) {
        if (SERVICE_DEPENDENCIES.contains(d.kind())
            && graph.graph().edgeValueOrDefault(n, d, FlowKind.ADMIN) == FlowKind.TRAFFIC) {
          out.add(d);
        }
      }
      return out;
    }

    private Link balancerLink(Node n) {
      BalancerOutcome o = balancers.get(n.name());
      if (o.survivingZones().isEmpty()) {
        return Link.broken(
            new Break(ImmutableList.of(n.name()), "no load balancer node left in surviving zones"));
      }
      LoadBalancer lb = topology.loadBalancer(n.name()).orElseThrow();
      Set<String> notes = new LinkedHashSet<>();
      List<Break> broken = new ArrayList<>();
      int served = 0;
      for (BackendOutcome b : o.backends()) {
        Link l;
        if (b.totalLeft() == 0) {
          l = Link.broken(new Break(ImmutableList.of(b.group()), noServerReason(b.group(), o)));
        } else {
          l = link(graph.resource(b.group()));
        }
        if (l.broken().isPresent()) {
          broken.add(l.broken().get().under(n.name()));
        } else {
          served++;
          notes.addAll(l.notes());
        }
      }
      if (o.backends().isEmpty()) {
        return Link.broken(new Break(ImmutableList.of(n.name()), "no server group behind it"));
      }
      if (served == 0) {
        return Link.broken(broken.get(0));
      }
      // A set: the list's contains made a load balancer with K backends cost K^2 per scenario.
      Set<String> backends = new HashSet<>(lb.backends());
      for (Node d : dependencies(n)) {
        if (backends.contains(d.name())) {
          continue;
        }
        Link l = link(d);
        if (l.broken().isPresent()) {
          return Link.broken(l.broken().get().under(n.name()));
        }
        notes.addAll(l.notes());
      }
      broken.forEach(b -> notes.add("part of " + n.name() + "'s traffic fails: " + b.explanation()));
      if (o.failingSessionShare() > 0) {
        notes.add(
            String.format(
                Locale.ROOT,
                "%s: %s of sticky sessions are bound to lost servers and fail until re-bound (%s to %s)",
                n.name(),
                percent(o.failingSessionShare()),
                human(o.rebindAfter()),
                human(o.rebindAtMost())));
      }
      if (!o.zonesWithoutBackend().isEmpty()) {
        notes.add(
            String.format(
                Locale.ROOT,
                "%s: its node(s) in zone %s have no server to route to%s: %s of requests fail until"
                    + " withdrawn from DNS",
                n.name(),
                String.join(", ", o.zonesWithoutBackend()),
                o.crossZone() ? "" : " (cross-zone off)",
                percent(o.requestShareWithoutBackend())));
      }
      return Link.ok(notes);
    }

    private String noServerReason(String group, BalancerOutcome o) {
      if (groups.get(group).left() > 0) {
        return "servers survive only in zones where the load balancer has no node (it serves "
            + String.join(", ", o.survivingZones())
            + ")";
      }
      return "no server left in surviving zones";
    }

    private Link groupLink(Node n) {
      Capacity c = groups.get(n.name());
      if (c.left() == 0) {
        return Link.broken(new Break(ImmutableList.of(n.name()), "no server left in surviving zones"));
      }
      Set<String> notes = new LinkedHashSet<>();
      if (!c.sufficient()) {
        notes.add(
            String.format(
                Locale.ROOT,
                "%s: %d of %d servers left, the service needs %d",
                n.name(),
                c.left(),
                c.before(),
                c.needed()));
      }
      for (Node d : dependencies(n)) {
        Link l = link(d);
        if (l.broken().isPresent()) {
          return Link.broken(l.broken().get().under(n.name()));
        }
        notes.addAll(l.notes());
      }
      return Link.ok(notes);
    }

    private Link databaseLink(String name) {
      DatabaseOutcome o = databases.get(name);
      Database db = topology.database(name).orElseThrow();
      switch (o.state()) {
        case FAILED_OVER:
          return Link.ok(
              Set.of(
                  String.format(
                      Locale.ROOT,
                      "%s fails over to its standby in zone %s (expected %s to %s of errors)",
                      name,
                      o.servingZone().orElseThrow(),
                      human(o.failoverTimeMin()),
                      human(o.failoverTimeMax()))));
        case UNAVAILABLE:
          String reason =
              db.standbyZone().isPresent()
                  ? "primary (zone " + db.primaryZone() + ") and standby (zone " + db.standbyZone().get()
                      + ") are both lost"
                  : "primary in zone " + db.primaryZone() + " lost and there is no standby";
          return Link.broken(new Break(ImmutableList.of(name), reason));
        default:
          return Link.ok(Set.of());
      }
    }

    private Link cacheLink(String name) {
      CacheOutcome o = caches.get(name);
      if (!o.available()) {
        return Link.broken(new Break(ImmutableList.of(name), "no cache node left in surviving zones"));
      }
      if (o.dataLostShare() > 0) {
        return Link.ok(
            Set.of(
                String.format(
                    Locale.ROOT,
                    "%s loses %s of its data (not replicated across zones): misses fall to the database",
                    name,
                    percent(o.dataLostShare()))));
      }
      return Link.ok(Set.of());
    }

    // ---- for diagrams ------------------------------------------------------------------------

    private Map<String, ResourceState> states(List<EntryPointOutcome> entryPoints) {
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
      balancers.values()
          .forEach(b -> out.put(b.name(), partial(b.survivingZones().size(), b.survivingZones().size() + b.lostZones().size())));
      groups.values().forEach(c -> out.put(c.resource(), partial(c.left(), c.before())));
      databases.values()
          .forEach(
              d ->
                  out.put(
                      d.name(),
                      switch (d.state()) {
                        case UNAFFECTED -> ResourceState.UP;
                        case STANDBY_LOST, FAILED_OVER -> ResourceState.DEGRADED;
                        case UNAVAILABLE -> ResourceState.DOWN;
                      }));
      caches.values().forEach(c -> out.put(c.name(), partial(c.nodesLeft(), c.nodesBefore())));
      return out;
    }

    private Set<BrokenEdge> brokenEdges(Map<String, ResourceState> states) {
      Set<BrokenEdge> out = new LinkedHashSet<>();
      for (EndpointPair<Node> e : graph.graph().edges()) {
        if (down(states, e.source()) || down(states, e.target())) {
          FlowKind flow = graph.graph().edgeValueOrDefault(e.source(), e.target(), FlowKind.TRAFFIC);
          out.add(new BrokenEdge(e.source().name(), e.target().name(), flow));
        }
      }
      return out;
    }
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

  /** {@code 0.5} as {@code "50%"}, one decimal when needed. */
  static String percent(double share) {
    double p = share * 100;
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** A duration for people: {@code 90 s}, {@code 5 min}, {@code 1 d}. */
  static String human(Duration d) {
    long s = d.getSeconds();
    if (s != 0 && s % 86_400 == 0) {
      return s / 86_400 + " d";
    }
    if (s != 0 && s % 3600 == 0) {
      return s / 3600 + " h";
    }
    if (s >= 600 && s % 60 == 0) {
      return s / 60 + " min";
    }
    return s + " s";
  }
}
