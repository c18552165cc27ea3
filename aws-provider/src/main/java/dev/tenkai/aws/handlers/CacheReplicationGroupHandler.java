package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.AutomaticFailoverStatus;
import software.amazon.awssdk.services.elasticache.model.CreateReplicationGroupRequest;
import software.amazon.awssdk.services.elasticache.model.MultiAZStatus;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroup;

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
    // The node count is not compared: moto ignores NumCacheClusters (see the integration test).
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
    cache.createReplicationGroup(createRequest(d, ctx));
    ctx.waitingFor(d.logicalId() + " to be available");
    ReplicationGroup g = cache.waiter().waitUntilReplicationGroupAvailable(r -> r.replicationGroupId(d.property("id")), ctx.waiting())
        .matched().response().orElseThrow().replicationGroups().get(0);
    return read(d.logicalId(), g);
  }

  @Override
  public Set<String> updatable() {
    return Set.of("nodeType", "automaticFailover", "multiAz");
  }

  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.modifyReplicationGroup(r -> r.replicationGroupId(c.physicalId())
        .applyImmediately(true)
        .cacheNodeType(d.property("nodeType"))
        .automaticFailoverEnabled(Boolean.parseBoolean(d.property("automaticFailover")))
        .multiAZEnabled(Boolean.parseBoolean(d.property("multiAz"))));
    ctx.waitingFor(d.logicalId() + " to be available");
    ReplicationGroup g = cache.waiter().waitUntilReplicationGroupAvailable(r -> r.replicationGroupId(c.physicalId()), ctx.waiting())
        .matched().response().orElseThrow().replicationGroups().get(0);
    return read(d.logicalId(), g);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.deleteReplicationGroup(r -> r.replicationGroupId(c.physicalId()));
    if (!ctx.options().execution().awaitDeletion()) {
      return;
    }
    ctx.waitingFor(c.logicalId() + " to be deleted");
    cache.waiter().waitUntilReplicationGroupDeleted(r -> r.replicationGroupId(c.physicalId()), ctx.waiting());
  }
}
