package dev.tenkai.aws.rules;

import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;

/**
 * The one place where the AWS names of a topology's resources are derived from the model. The
 * provider must name every resource with these methods (and never build a name itself), because
 * the {@link AwsRules} pack checks exactly these derived names against AWS's length and character
 * limits before any call: a name the pack accepted is a name AWS accepts.
 *
 * <p>Every name is {@code <topology>-<resource>}, so two stacks in one account and region never
 * collide, and a person reading the console can tell which stack and which model resource a
 * resource belongs to. The model's own names are lower-case letters, digits and hyphens, at most
 * 63 characters, so only length and hyphen placement can make a derived name invalid.
 */
public final class AwsNames {
  private AwsNames() {}

  /** The name of {@code lb}'s load balancer, e.g. {@code reference-web-lb}. */
  public static String loadBalancer(Topology topology, LoadBalancer lb) {
    return topology.name() + "-" + lb.name();
  }

  /**
   * The name of the one target group behind {@code lb} (all its backends' servers register in it,
   * with its health check, stickiness and deregistration delay), e.g. {@code reference-web-lb-tg}.
   */
  public static String targetGroup(Topology topology, LoadBalancer lb) {
    return topology.name() + "-" + lb.name() + "-tg";
  }

  /** The DB instance identifier of {@code db}, e.g. {@code reference-db}. */
  public static String dbInstance(Topology topology, Database db) {
    return topology.name() + "-" + db.name();
  }

  /**
   * The name of {@code db}'s DB subnet group, e.g. {@code reference-db}. AWS allows 255 letters,
   * digits, periods, underscores, spaces and hyphens (and not {@code default}); two model names
   * joined by a hyphen always fit, so no rule checks it.
   */
  public static String dbSubnetGroup(Topology topology, Database db) {
    return topology.name() + "-" + db.name();
  }

  /**
   * The ElastiCache identifier of a managed {@code cache}, e.g. {@code reference-cache}: the
   * replication group id for a Redis-compatible engine, the cache cluster id for memcached.
   */
  public static String cacheCluster(Topology topology, Cache cache) {
    return topology.name() + "-" + cache.name();
  }

  /**
   * The name of a managed {@code cache}'s subnet group, e.g. {@code reference-cache}. AWS allows
   * 255 letters, digits and hyphens; two model names joined by a hyphen always fit.
   */
  public static String cacheSubnetGroup(Topology topology, Cache cache) {
    return topology.name() + "-" + cache.name();
  }
}
