package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.AutomaticFailoverStatus;
import software.amazon.awssdk.services.elasticache.model.CreateReplicationGroupRequest;
import software.amazon.awssdk.services.elasticache.model.MultiAZStatus;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroup;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroupNotFoundException;

/**
 * An ElastiCache replication group for a Redis-compatible engine (Redis, Valkey): one primary
 * and replicas placed in the modelled zones, automatic failover and Multi-AZ when replicated
 * across zones, encrypted at rest as modelled.
 */
public final class CacheReplicationGroupHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.CACHE_REPLICATION_GROUP;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("id", "atRestEncryption", "engine", "port").inPlace("nodeType", "automaticFailover", "multiAz", "numCacheClusters")
        // AWS reports these per member cluster (DescribeCacheClusters), not on the group itself.
        .createOnly("engineVersion", MEMBER_ONLY)
        .createOnly("preferredZones", MEMBER_ONLY)
        .createOnly("securityGroups", MEMBER_ONLY)
        .createOnly("subnetGroup", MEMBER_ONLY)
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return CacheTags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (ReplicationGroup g : ctx.clients().elastiCache().describeReplicationGroupsPaginator(r -> { }).replicationGroups()) {
      if (CacheTags.namedLikeStack(g.replicationGroupId(), ctx) && !"deleting".equals(g.status())) {
        CacheTags.owned(g.arn(), ctx).ifPresent(id -> out.add(read(id, g)));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, ReplicationGroup g) {
    Map<String, String> p = new HashMap<>();
    p.put("id", g.replicationGroupId());
    p.put("nodeType", g.cacheNodeType());
    p.put("automaticFailover", Boolean.toString(g.automaticFailover() == AutomaticFailoverStatus.ENABLED));
    p.put("multiAz", Boolean.toString(g.multiAZ() == MultiAZStatus.ENABLED));
    p.put("atRestEncryption", Boolean.toString(Boolean.TRUE.equals(g.atRestEncryptionEnabled())));
    p.put("engine", g.engine() == null ? "" : g.engine());
    p.put("numCacheClusters", Integer.toString(g.memberClusters().size()));
    p.put("port", g.nodeGroups().stream().findFirst().map(n -> n.primaryEndpoint()).filter(e -> e != null && e.port() != null)
        .map(e -> e.port().toString()).orElse(""));
    return CurrentResource.of(kind(), logicalId, g.replicationGroupId(), p,
        Map.of("members", String.join(",", g.memberClusters()), "arn", g.arn() == null ? "" : g.arn()));
  }

  /** The request that creates {@code d}: no auth token (no secret) in it. */
  static CreateReplicationGroupRequest createRequest(DesiredResource d, HandlerContext ctx) {
    CreateReplicationGroupRequest.Builder b = CreateReplicationGroupRequest.builder()
        .replicationGroupId(d.property("id"))
        .replicationGroupDescription("Tenkai " + ctx.stack() + ": " + d.logicalId())
        .engine(d.property("engine"))
        .cacheNodeType(d.property("nodeType"))
        .numCacheClusters(Integer.parseInt(d.property("numCacheClusters")))
        .preferredCacheClusterAZs(TopologyMapping.items(d.property("preferredZones")))
        .automaticFailoverEnabled(Boolean.parseBoolean(d.property("automaticFailover")))
        .multiAZEnabled(Boolean.parseBoolean(d.property("multiAz")))
        .atRestEncryptionEnabled(Boolean.parseBoolean(d.property("atRestEncryption")))
        .port(Integer.parseInt(d.property("port")))
        .cacheSubnetGroupName(ctx.state().physicalId(d.property("subnetGroup")))
        .securityGroupIds(ctx.physicalIds(d, "securityGroups"))
        .tags(CacheTags.tags(ctx, d.logicalId()));
    d.optional("engineVersion").ifPresent(b::engineVersion);
    return b.build();
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    return read(d.logicalId(), cache.createReplicationGroup(createRequest(d, ctx)).replicationGroup());
  }

  private static Optional<ReplicationGroup> describe(CurrentResource c, HandlerContext ctx) {
    try {
      return ctx.clients().elastiCache().describeReplicationGroups(r -> r.replicationGroupId(c.physicalId())).replicationGroups().stream().findFirst();
    } catch (ReplicationGroupNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    ReplicationGroup g = describe(c, ctx).orElse(null);
    if (g != null && "create-failed".equals(g.status())) {
      throw new IllegalStateException(c.logicalId() + " (" + c.physicalId() + ") could not be created: " + g.status());
    }
    return g != null && "available".equals(g.status()) ? Optional.of(read(c.logicalId(), g)) : Optional.empty();
  }

  @Override
  public boolean gone(CurrentResource c, HandlerContext ctx) {
    return !ctx.options().execution().awaitDeletion() || describe(c, ctx).isEmpty();
  }


  private static final String MEMBER_ONLY = "AWS reports it on each member cluster, not on the replication group; not compared yet";

  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.modifyReplicationGroup(r -> r.replicationGroupId(c.physicalId())
        .applyImmediately(true)
        .cacheNodeType(d.property("nodeType"))
        .automaticFailoverEnabled(Boolean.parseBoolean(d.property("automaticFailover")))
        .multiAZEnabled(Boolean.parseBoolean(d.property("multiAz"))));
    int want = Integer.parseInt(d.property("numCacheClusters"));
    int have = Integer.parseInt(c.properties().getOrDefault("numCacheClusters", d.property("numCacheClusters")));
    // One primary and want - 1 replicas: the replica count changes in place, the primary stays.
    if (want > have) {
      cache.increaseReplicaCount(r -> r.replicationGroupId(c.physicalId()).newReplicaCount(want - 1).applyImmediately(true));
    } else if (want < have) {
      cache.decreaseReplicaCount(r -> r.replicationGroupId(c.physicalId()).newReplicaCount(want - 1).applyImmediately(true));
    }
    return c;
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.deleteReplicationGroup(r -> r.replicationGroupId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::ElastiCache::ReplicationGroup";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("ReplicationGroupId", r.property("id"));
    p.put("ReplicationGroupDescription", "Tenkai " + cfn.stack().stack() + ": " + r.logicalId());
    p.put("Engine", r.property("engine"));
    r.optional("engineVersion").ifPresent(v -> p.put("EngineVersion", v));
    p.put("CacheNodeType", r.property("nodeType"));
    p.put("NumCacheClusters", Integer.parseInt(r.property("numCacheClusters")));
    p.set("PreferredCacheClusterAZs", cfn.zoneRefs(r.property("preferredZones")));
    p.put("AutomaticFailoverEnabled", Boolean.parseBoolean(r.property("automaticFailover")));
    p.put("MultiAZEnabled", Boolean.parseBoolean(r.property("multiAz")));
    p.put("AtRestEncryptionEnabled", Boolean.parseBoolean(r.property("atRestEncryption")));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.set("CacheSubnetGroupName", cfn.refTo(r.property("subnetGroup")));
    ArrayNode groups = p.putArray("SecurityGroupIds");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(TemplateAssembly.getAtt(cfn.id(g), "GroupId")));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
