package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.graph.Node;
import dev.tenkai.graph.NodeKind;
import dev.tenkai.graph.ResourceKinds;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.Database;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether each entry point still answers in one scenario, following its chain from the DNS name
 * through load balancers and server groups to what they call, and the first link with nothing
 * left when it does not. The rules of the chain are {@link ZoneFailure}'s.
 */
final class EntryPointChains {
  private static final Set<NodeKind> SERVICE_DEPENDENCIES =
      EnumSet.of(NodeKind.LOAD_BALANCER, NodeKind.SERVER_GROUP, NodeKind.DATABASE, NodeKind.CACHE);

  private final Topology topology;
  private final TopologyGraph graph;
  private final Scenario s;
  private final Reachability reach;
  private final ResourceOutcomes outcomes;
  private final Map<Node, Link> links = new HashMap<>();
  private final Set<Node> inProgress = new HashSet<>();

  EntryPointChains(TopologyGraph graph, Scenario s, Reachability reach, ResourceOutcomes outcomes) {
    this.topology = graph.topology();
    this.graph = graph;
    this.s = s;
    this.reach = reach;
    this.outcomes = outcomes;
  }

  /** A link that broke: the chain from it to the resource with nothing left, and why. */
  private record Break(ImmutableList<String> chain, String reason) {
    Break under(String name) {
      return new Break(ImmutableList.<String>builder().add(name).addAll(chain).build(), reason);
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

    static Link broken(String name, String reason) {
      return broken(new Break(ImmutableList.of(name), reason));
    }
  }

  /** One outcome per DNS name, in model order. */
  List<EntryPointOutcome> entryPoints() {
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
      String target = r.target().get();
      Optional<String> outside = reach.unreachableFromInternet(target);
      Link l = outside.isPresent() ? Link.broken(target, outside.get()) : link(graph.resource(target));
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
    return switch (ResourceKinds.zoneLoss(n.kind())) {
      case BALANCED -> balancerLink(n);
      case NODES_PER_ZONE -> groupLink(n);
      case PRIMARY_STANDBY -> databaseLink(n.name());
      case CACHE_NODES -> cacheLink(n.name());
      case SINGLE_ZONE -> zoned(n.name(), ResourceKinds.zones(topology, n.name()).get(0));
      case OUTSIDE_ZONES -> Link.ok(Set.of());
    };
  }

  private Link zoned(String name, String zone) {
    return s.alive(name, zone) ? Link.ok(Set.of()) : Link.broken(name, "its node in zone " + zone + " is lost");
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
    BalancerOutcome o = outcomes.balancers.get(n.name());
    if (o.survivingZones().isEmpty()) {
      return Link.broken(n.name(), "no load balancer node left in surviving zones");
    }
    if (o.backends().isEmpty()) {
      return Link.broken(n.name(), "no server group behind it");
    }
    LoadBalancer lb = topology.loadBalancer(n.name()).orElseThrow();
    Set<String> notes = new LinkedHashSet<>();
    List<Break> broken = new ArrayList<>();
    int served = 0;
    for (BackendOutcome b : o.backends()) {
      Link l = b.totalLeft() == 0 ? Link.broken(b.group(), noServerReason(b.group(), o)) : link(graph.resource(b.group()));
      if (l.broken().isPresent()) {
        broken.add(l.broken().get().under(n.name()));
      } else {
        served++;
        notes.addAll(l.notes());
      }
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
      notes.add(OutageNotes.stickySessions(n.name(), o));
    }
    if (!o.zonesWithoutBackend().isEmpty()) {
      notes.add(OutageNotes.zonesWithoutBackend(n.name(), o));
    }
    return Link.ok(notes);
  }

  private String noServerReason(String group, BalancerOutcome o) {
    ServerGroup g = topology.serverGroup(group).orElseThrow();
    boolean survivors = g.countPerZone().entrySet().stream().anyMatch(e -> e.getValue() > 0 && s.alive(group, e.getKey()));
    if (survivors) {
      return "servers survive only in zones where the load balancer has no node (it serves "
          + String.join(", ", o.survivingZones())
          + ")";
    }
    return "no server left in surviving zones";
  }

  private Link groupLink(Node n) {
    Capacity c = outcomes.groups.get(n.name());
    if (c.left() == 0) {
      return Link.broken(n.name(), "no server left in surviving zones");
    }
    Set<String> notes = new LinkedHashSet<>();
    if (!c.sufficient()) {
      notes.add(OutageNotes.capacityShort(c));
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
    DatabaseOutcome o = outcomes.databases.get(name);
    Database db = topology.database(name).orElseThrow();
    return switch (o.state()) {
      case FAILED_OVER -> Link.ok(Set.of(OutageNotes.failover(o)));
      case UNAVAILABLE -> Link.broken(
          name,
          db.standbyZone().isPresent()
              ? "primary (zone " + db.primaryZone() + ") and standby (zone " + db.standbyZone().get() + ") are both lost"
              : "primary in zone " + db.primaryZone() + " lost and there is no standby");
      case UNAFFECTED, STANDBY_LOST -> Link.ok(Set.of());
    };
  }

  private Link cacheLink(String name) {
    CacheOutcome o = outcomes.caches.get(name);
    if (!o.available()) {
      return Link.broken(name, "no cache node left in surviving zones");
    }
    return o.dataLostShare() > 0 ? Link.ok(Set.of(OutageNotes.cacheDataLost(o))) : Link.ok(Set.of());
  }
}
