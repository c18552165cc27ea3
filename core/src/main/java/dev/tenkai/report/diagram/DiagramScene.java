package dev.tenkai.report.diagram;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.ValueGraph;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.graph.Node;
import dev.tenkai.graph.NodeKind;
import dev.tenkai.graph.ResourceKinds;
import dev.tenkai.graph.ResourceKinds.Shape;
import dev.tenkai.graph.TopologyGraph;
import dev.tenkai.model.Bastion;
import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.Database;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.Durations;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.Listener;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.Nat;
import dev.tenkai.model.NatKind;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What both renderers draw, decided once: the boxes (outside the zones, or inside a zone's tier),
 * the zone and tier clusters, and the arrows, each resource-level edge of the topology graph
 * expanded to the boxes of each zone. Mermaid and DOT differ only in syntax.
 */
final class DiagramScene {
  /** What an arrow carries, which decides its line. */
  enum Line {
    TRAFFIC,
    EGRESS,
    ADMIN,
    REPLICATION
  }

  /** One box: an id safe in both syntaxes, its text lines, and whether its zone failed. */
  record Box(String id, Shape shape, List<String> lines, String zone, boolean failed) {}

  /** The boxes of one tier in one zone. */
  record TierCluster(String id, String title, List<Box> boxes) {}

  /** One zone and its tiers. */
  record ZoneCluster(String id, String zone, boolean failed, List<TierCluster> tiers) {}

  /** One arrow between two boxes. */
  record Arrow(String from, String to, Line line, String label, boolean broken, boolean lost) {}

  final String title;
  final List<Box> outside = new ArrayList<>();
  final List<ZoneCluster> zones = new ArrayList<>();
  final List<Arrow> arrows = new ArrayList<>();

  private final Topology topology;
  private final DiagramOptions options;
  /** The boxes of each graph node, by the node's name. */
  private final Map<String, List<Box>> boxesByNode = new LinkedHashMap<>();
  /** The tier boxes before they are grouped: zone -> tier -> boxes. */
  private final Map<String, Map<String, List<Box>>> placed = new LinkedHashMap<>();

  private DiagramScene(Topology topology, DiagramOptions options) {
    this.topology = topology;
    this.options = options;
    this.title = topology.name() + " (" + topology.region() + ")";
  }

  static DiagramScene of(Topology topology, DiagramOptions options) {
    DiagramScene s = new DiagramScene(topology, options);
    s.addBoxes();
    s.addClusters();
    s.addArrows();
    return s;
  }

  private void addBoxes() {
    Box internet = new Box("internet", ResourceKinds.shape(NodeKind.INTERNET), List.of("internet"), null, false);
    outside.add(internet);
    boxesByNode.put(Node.INTERNET.name(), List.of(internet));
    int dns = 0;
    for (DnsZone zone : topology.dnsZones()) {
      for (DnsRecord r : zone.records()) {
        String name = DnsZone.normalize(r.name());
        String what = r.type() + (r.alias() ? " alias" : "") + " → "
            + r.target().orElseGet(() -> String.join(" ", r.values()));
        List<Box> existing = boxesByNode.get(name);
        if (existing != null) {
          // Two records of one name are one entry point: one box, one line each.
          Box old = existing.get(0);
          Box merged = new Box(old.id(), old.shape(), append(old.lines(), what), null, false);
          outside.set(outside.indexOf(old), merged);
          boxesByNode.put(name, List.of(merged));
          continue;
        }
        Box b = new Box("dns_" + dns++, ResourceKinds.shape(NodeKind.DNS_RECORD), List.of(r.name(), what), null, false);
        outside.add(b);
        boxesByNode.put(name, List.of(b));
      }
    }
    for (LoadBalancer lb : topology.loadBalancers()) {
      List<String> lines = new ArrayList<>();
      lines.add(lb.name());
      lines.add((lb.kind() == LoadBalancerKind.CLASSIC ? "classic" : "application")
          + (lb.internetFacing() ? "" : " internal") + " load balancer");
      lines.add(lb.listeners().stream().map(DiagramScene::listener).collect(Collectors.joining(", ")));
      lines.add("zones " + String.join(", ", lb.zones()));
      if (lb.stickiness().enabled()) {
        lines.add("sticky sessions " + Durations.compact(lb.stickiness().duration()));
      }
      Box b = new Box(id(lb.name(), null), ResourceKinds.shape(ResourceKind.LOAD_BALANCER), lines, null, false);
      outside.add(b);
      boxesByNode.put(lb.name(), List.of(b));
    }
    for (Nat nat : topology.egress().nats()) {
      String kind = nat.kind() == NatKind.GATEWAY
          ? "NAT gateway"
          : "NAT instance " + nat.instanceClass().orElse("");
      place(nat.name(), nat.zone(), nat.tier(),
          List.of(nat.name(), kind, "serves " + String.join(", ", nat.servesZones())));
    }
    topology.bastion().ifPresent(this::placeBastion);
    for (ServerGroup g : topology.serverGroups()) {
      for (String zone : topology.zones()) {
        int n = g.countIn(zone);
        if (n > 0) {
          List<String> lines = new ArrayList<>();
          lines.add(g.name() + " ×" + n);
          lines.add(g.instanceClass() + ", port " + g.port());
          g.software().ifPresent(lines::add);
          place(g.name(), zone, g.tier(), lines);
        }
      }
    }
    for (Database db : topology.databases()) {
      String engine = db.engine().name().toLowerCase(Locale.ROOT) + " " + db.version();
      place(db.name(), db.primaryZone(), db.tier(),
          List.of(db.name() + " primary", engine, db.instanceClass()));
      db.standbyZone().ifPresent(z -> place(db.name(), z, db.tier(),
          List.of(db.name() + " standby", engine, db.instanceClass())));
    }
    for (Cache c : topology.caches()) {
      String engine = c.engine().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + c.version().map(v -> " " + v).orElse("")
          + (c.hosting() == CacheHosting.SELF_RUN ? " (self-run)" : "");
      for (String zone : topology.zones()) {
        int n = c.nodesPerZone().getOrDefault(zone, 0);
        if (n > 0) {
          place(c.name(), zone, c.tier(),
              List.of(c.name() + " ×" + n, engine, c.instanceClass(),
                  c.replicatedAcrossZones() ? "replicated" : "sharded"));
        }
      }
    }
  }

  private void placeBastion(Bastion b) {
    List<String> lines = new ArrayList<>();
    lines.add(b.name());
    lines.add("bastion " + b.instanceClass());
    if (!b.allowedSources().isEmpty()) {
      lines.add("ssh from " + String.join(", ", b.allowedSources()));
    }
    place(b.name(), b.zone(), b.tier(), lines);
  }

  private void place(String resource, String zone, String tier, List<String> lines) {
    ResourceKind kind = topology.resources().get(resource);
    Shape shape = ResourceKinds.shape(kind);
    String suffix = ResourceKinds.zoneLoss(kind) == ResourceKinds.ZoneLoss.PRIMARY_STANDBY
        ? (boxesByNode.containsKey(resource) ? "standby" : "primary")
        : zone;
    Box b = new Box(id(resource, suffix), shape, lines, zone, options.isFailed(zone));
    boxesByNode.computeIfAbsent(resource, k -> new ArrayList<>()).add(b);
    placed.computeIfAbsent(zone, k -> new LinkedHashMap<>()).computeIfAbsent(tier, k -> new ArrayList<>()).add(b);
  }

  private void addClusters() {
    for (String zone : topology.zones()) {
      Map<String, List<Box>> tiers = placed.getOrDefault(zone, Map.of());
      List<TierCluster> clusters = new ArrayList<>();
      for (Tier tier : topology.network().tiers()) {
        Optional<Subnet> subnet = tier.subnetIn(zone);
        if (subnet.isEmpty()) {
          continue;
        }
        clusters.add(new TierCluster(
            "zone_" + safe(zone) + "__" + safe(tier.name()),
            tier.name() + " " + subnet.get().cidr(),
            tiers.getOrDefault(tier.name(), List.of())));
      }
      zones.add(new ZoneCluster("zone_" + safe(zone), zone, options.isFailed(zone), clusters));
    }
  }

  private void addArrows() {
    ValueGraph<Node, FlowKind> graph = TopologyGraph.of(topology).graph();
    // Nodes keep model order; successors do not, so they are sorted by it: the same model
    // always gives the same text.
    List<Node> order = List.copyOf(graph.nodes());
    for (Node from : order) {
      List<Node> successors = new ArrayList<>(graph.successors(from));
      successors.sort(Comparator.comparingInt(order::indexOf));
      for (Node to : successors) {
        addArrows(graph, from, to);
      }
    }
    for (Database db : topology.databases()) {
      List<Box> boxes = boxesByNode.get(db.name());
      if (boxes.size() == 2) {
        arrows.add(replication(boxes.get(0), boxes.get(1), "sync standby", db.name()));
      }
    }
    for (Cache c : topology.caches()) {
      List<Box> boxes = boxesByNode.get(c.name());
      if (c.replicatedAcrossZones()) {
        for (int i = 0; i + 1 < boxes.size(); i++) {
          arrows.add(replication(boxes.get(i), boxes.get(i + 1), "replication", c.name()));
        }
      }
    }
  }

  private void addArrows(ValueGraph<Node, FlowKind> graph, Node from, Node to) {
    FlowKind kind = graph.edgeValueOrDefault(from, to, FlowKind.TRAFFIC);
    Line line = kind == FlowKind.EGRESS ? Line.EGRESS : kind == FlowKind.ADMIN ? Line.ADMIN : Line.TRAFFIC;
    String label = label(from, to, line);
    boolean broken = options.isBroken(from.name(), to.name());
    for (Box a : boxesByNode.getOrDefault(from.name(), List.of())) {
      for (Box b : targets(a, from, to)) {
        arrows.add(new Arrow(a.id(), b.id(), line, label, broken, a.failed() || b.failed()));
      }
    }
  }

  private Arrow replication(Box a, Box b, String label, String resource) {
    return new Arrow(a.id(), b.id(), Line.REPLICATION, label,
        options.isBroken(resource, resource), a.failed() || b.failed());
  }

  /**
   * The boxes of {@code to} that the box {@code from} sends to: the database's primary; the NAT
   * only from the zones it serves; from a resource spread over zones, the boxes in the sender's
   * zone when there are any; otherwise all of them.
   */
  private List<Box> targets(Box from, Node sender, Node to) {
    List<Box> all = boxesByNode.getOrDefault(to.name(), List.of());
    if (ResourceKinds.zoneLoss(to.kind()) == ResourceKinds.ZoneLoss.PRIMARY_STANDBY) {
      return all.subList(0, Math.min(1, all.size()));
    }
    if (from.zone() == null) {
      return all;
    }
    if (to.kind() == NodeKind.NAT) {
      Optional<Nat> serving = topology.egress().natServing(from.zone());
      return serving.isPresent() && serving.get().name().equals(to.name()) ? all : List.of();
    }
    if (boxesByNode.getOrDefault(sender.name(), List.of()).size() < 2) {
      return all;
    }
    List<Box> sameZone = all.stream().filter(b -> from.zone().equals(b.zone())).collect(Collectors.toList());
    return sameZone.isEmpty() ? all : sameZone;
  }

  /** The ports the firewall opens for a flow, or what the flow is. */
  private String label(Node from, Node to, Line line) {
    if (line == Line.EGRESS) {
      return "egress";
    }
    if (from.kind() == NodeKind.LOAD_BALANCER && to.kind() == NodeKind.SERVER_GROUP) {
      return ":" + topology.serverGroup(to.name()).map(ServerGroup::port).orElse(0);
    }
    String ports = topology.firewallRules().stream()
        .filter(r -> r.fromRole().map(from.name()::equals).orElse(false) && r.to().equals(to.name()))
        .map(DiagramScene::ports)
        .distinct()
        .collect(Collectors.joining(", "));
    if (line == Line.ADMIN) {
      return ports.isEmpty() ? "admin" : "admin " + ports;
    }
    return ports;
  }

  private static String ports(FirewallRule r) {
    if (r.protocol() == IpProtocol.ALL) {
      return "all";
    }
    if (r.protocol() == IpProtocol.ICMP) {
      return "icmp";
    }
    String proto = r.protocol() == IpProtocol.UDP ? "udp " : ":";
    return proto + (r.fromPort() == r.toPort() ? "" + r.fromPort() : r.fromPort() + "-" + r.toPort());
  }

  private static String listener(Listener l) {
    return l.protocol() + " :" + l.port();
  }


  private static List<String> append(List<String> lines, String line) {
    return ImmutableList.<String>builder().addAll(lines).add(line).build();
  }

  private static String id(String resource, String suffix) {
    return "r_" + safe(resource) + (suffix == null ? "" : "__" + safe(suffix));
  }

  /** Letters, digits and underscores only: valid as a Mermaid id and readable in DOT. */
  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9]", "_");
  }
}
