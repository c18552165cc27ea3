package dev.tenkai.graph;

import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;
import java.util.List;
import java.util.Optional;

/**
 * The one place core says what each kind of model resource is: its graph node, the zones it
 * occupies, the tier its egress leaves from, how it fares when a zone is lost and the shape a
 * diagram draws it with. Every answer is an exhaustive switch expression without a {@code default}
 * branch, so a new {@link ResourceKind} or {@link NodeKind} does not compile until each of them is
 * decided.
 */
public final class ResourceKinds {
  private ResourceKinds() {}

  /** How a node fares when a zone is lost, which decides how the zone-failure analysis judges it. */
  public enum ZoneLoss {
    /** Outside the zones (the internet, a DNS record): never lost with a zone. */
    OUTSIDE_ZONES,
    /** Serves while a zone it spans still has a healthy backend (a load balancer). */
    BALANCED,
    /** Keeps the nodes of the surviving zones, with their capacity (a server group). */
    NODES_PER_ZONE,
    /** Fails over from its primary's zone to its standby's, or is lost (a database). */
    PRIMARY_STANDBY,
    /** Loses a zone's nodes, and the data on them unless replicated (a cache). */
    CACHE_NODES,
    /** Lives in one zone and is lost with it (a NAT, the bastion). */
    SINGLE_ZONE
  }

  /** The shape a diagram draws a node with. */
  public enum Shape {
    /** The internet. */
    INTERNET,
    /** A DNS entry point. */
    DNS,
    /** A load balancer. */
    LOAD_BALANCER,
    /** A NAT. */
    NAT,
    /** The bastion. */
    BASTION,
    /** The servers of a group in one zone. */
    SERVERS,
    /** A database's primary or standby. */
    DATABASE,
    /** A cache's nodes in one zone. */
    CACHE
  }

  /** The graph node kind of a model resource kind. */
  public static NodeKind node(ResourceKind kind) {
    return switch (kind) {
      case SERVER_GROUP -> NodeKind.SERVER_GROUP;
      case LOAD_BALANCER -> NodeKind.LOAD_BALANCER;
      case DATABASE -> NodeKind.DATABASE;
      case CACHE -> NodeKind.CACHE;
      case NAT -> NodeKind.NAT;
      case BASTION -> NodeKind.BASTION;
    };
  }

  /** The model resource kind a graph node stands for; empty for the internet and DNS records. */
  public static Optional<ResourceKind> resource(NodeKind kind) {
    return switch (kind) {
      case INTERNET, DNS_RECORD -> Optional.empty();
      case SERVER_GROUP -> Optional.of(ResourceKind.SERVER_GROUP);
      case LOAD_BALANCER -> Optional.of(ResourceKind.LOAD_BALANCER);
      case DATABASE -> Optional.of(ResourceKind.DATABASE);
      case CACHE -> Optional.of(ResourceKind.CACHE);
      case NAT -> Optional.of(ResourceKind.NAT);
      case BASTION -> Optional.of(ResourceKind.BASTION);
    };
  }

  /**
   * The zones the resource occupies, in the topology's zone order. The model owns the answer
   * ({@link Topology#zonesOf}, itself an exhaustive switch over the kinds), because the model's
   * own checks need it and the model cannot see the graph.
   */
  public static List<String> zones(Topology topology, String resource) {
    return topology.zonesOf(resource);
  }

  /**
   * The tier whose route carries the resource's outbound connections to the internet, or empty
   * when it sends none through a NAT: a load balancer only answers, a NAT is the way out itself.
   */
  public static Optional<String> egressTier(Topology t, ResourceKind kind, String name) {
    return switch (kind) {
      case SERVER_GROUP -> Optional.of(t.serverGroup(name).orElseThrow().tier());
      case DATABASE -> Optional.of(t.database(name).orElseThrow().tier());
      case CACHE -> Optional.of(t.cache(name).orElseThrow().tier());
      case BASTION -> Optional.of(t.bastion().orElseThrow().tier());
      case LOAD_BALANCER, NAT -> Optional.empty();
    };
  }

  /** How a node of {@code kind} fares when a zone is lost. */
  public static ZoneLoss zoneLoss(NodeKind kind) {
    return switch (kind) {
      case INTERNET, DNS_RECORD -> ZoneLoss.OUTSIDE_ZONES;
      case LOAD_BALANCER -> ZoneLoss.BALANCED;
      case SERVER_GROUP -> ZoneLoss.NODES_PER_ZONE;
      case DATABASE -> ZoneLoss.PRIMARY_STANDBY;
      case CACHE -> ZoneLoss.CACHE_NODES;
      case NAT, BASTION -> ZoneLoss.SINGLE_ZONE;
    };
  }

  /** How a node of a model resource kind fares when a zone is lost. */
  public static ZoneLoss zoneLoss(ResourceKind kind) {
    return zoneLoss(node(kind));
  }

  /** The shape a diagram draws a node of {@code kind} with. */
  public static Shape shape(NodeKind kind) {
    return switch (kind) {
      case INTERNET -> Shape.INTERNET;
      case DNS_RECORD -> Shape.DNS;
      case LOAD_BALANCER -> Shape.LOAD_BALANCER;
      case SERVER_GROUP -> Shape.SERVERS;
      case DATABASE -> Shape.DATABASE;
      case CACHE -> Shape.CACHE;
      case NAT -> Shape.NAT;
      case BASTION -> Shape.BASTION;
    };
  }

  /** The shape a diagram draws a model resource of {@code kind} with. */
  public static Shape shape(ResourceKind kind) {
    return shape(node(kind));
  }
}
