package dev.tenkai.aws.rules;

import com.google.common.hash.Hashing;
import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one place where the AWS names of a topology's resources are derived from the model. The
 * mapping to AWS resources, and through it the CloudFormation export, name every resource with
 * these methods (and never build a name themselves), and the {@link AwsRules} pack checks exactly
 * these names against AWS's character and hyphen rules before any call: a name the pack accepted
 * is a name AWS accepts.
 *
 * <p>Every name is {@code <topology>-<resource>}, so two stacks in one account and region never
 * collide, and a person reading the console can tell which stack and which model resource a
 * resource belongs to. A name longer than the service allows is cut and ends with six hex digits
 * of a hash of the whole name ({@link #shortened}), so it stays unique and stable between runs.
 * The model's own names are lower-case letters, digits and hyphens, so only hyphen placement (and
 * a leading digit where AWS wants a letter) can make a derived name invalid.
 */
public final class AwsNames {
  /** Elastic Load Balancing's limit for load balancer and target group names. */
  public static final int ELB_MAX = 32;
  /** RDS's limit for a DB instance identifier. */
  public static final int DB_INSTANCE_MAX = 63;
  /** ElastiCache's limit for a replication group id (memcached cluster ids allow 50; one limit keeps both). */
  public static final int CACHE_ID_MAX = 40;
  /** The limit for security group, DB subnet group and cache subnet group names. */
  public static final int GROUP_NAME_MAX = 255;

  private static final int HASH_LENGTH = 6;

  private AwsNames() {}

  /**
   * {@code <stack>-<suffix>} in lower case with every character but letters, digits and hyphens
   * made a hyphen, and within {@code max} characters: a longer name keeps its first {@code max - 7}
   * characters (trailing hyphens dropped) and ends with {@code -} and six hex digits of the SHA-256
   * of the whole name.
   */
  public static String shortened(String stack, String suffix, int max) {
    String full = (stack + "-" + suffix).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    if (full.length() <= max) {
      return full;
    }
    String hash = Hashing.sha256().hashString(full, StandardCharsets.UTF_8).toString().substring(0, HASH_LENGTH);
    String head = full.substring(0, max - HASH_LENGTH - 1).replaceAll("-+$", "");
    return head + "-" + hash;
  }

  /** The name of {@code role}'s security group (a role is a server group, load balancer, data store or NAT). */
  public static String securityGroup(Topology topology, String role) {
    return shortened(topology.name(), role, GROUP_NAME_MAX);
  }

  /** The name of {@code lb}'s load balancer, e.g. {@code reference-web-lb}. */
  public static String loadBalancer(Topology topology, LoadBalancer lb) {
    return shortened(topology.name(), lb.name(), ELB_MAX);
  }

  /**
   * The name of the one target group behind {@code lb} (all its backends' servers register in it,
   * with its health check, stickiness and deregistration delay): the load balancer's own name, e.g.
   * {@code reference-web-lb}. Load balancers and target groups are separate name spaces in AWS.
   */
  public static String targetGroup(Topology topology, LoadBalancer lb) {
    return shortened(topology.name(), lb.name(), ELB_MAX);
  }

  /** The DB instance identifier of {@code db}, e.g. {@code reference-db}. */
  public static String dbInstance(Topology topology, Database db) {
    return shortened(topology.name(), db.name(), DB_INSTANCE_MAX);
  }

  /**
   * The name of {@code db}'s DB subnet group, e.g. {@code reference-db}. AWS allows 255 letters,
   * digits, periods, underscores, spaces and hyphens (and not {@code default}); a derived name
   * always has that shape, so no rule checks it.
   */
  public static String dbSubnetGroup(Topology topology, Database db) {
    return shortened(topology.name(), db.name(), GROUP_NAME_MAX);
  }

  /**
   * The ElastiCache identifier of a managed {@code cache}, e.g. {@code reference-cache}: the
   * replication group id for a Redis-compatible engine, the cache cluster id for memcached.
   */
  public static String cacheCluster(Topology topology, Cache cache) {
    return shortened(topology.name(), cache.name(), CACHE_ID_MAX);
  }

  /**
   * The name of a managed {@code cache}'s subnet group, e.g. {@code reference-cache}. AWS allows
   * 255 letters, digits and hyphens; a derived name always has that shape.
   */
  public static String cacheSubnetGroup(Topology topology, Cache cache) {
    return shortened(topology.name(), cache.name(), GROUP_NAME_MAX);
  }
}
