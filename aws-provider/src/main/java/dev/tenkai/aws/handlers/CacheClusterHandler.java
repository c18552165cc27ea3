package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.AZMode;
import software.amazon.awssdk.services.elasticache.model.CacheCluster;

/** An ElastiCache memcached cluster with its nodes spread over the modelled zones. */
public final class CacheClusterHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.CACHE_CLUSTER;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (CacheCluster c : ctx.clients().elastiCache().describeCacheClustersPaginator(r -> { }).cacheClusters()) {
      // Members of a replication group are that group's business, not a memcached cluster.
      if (c.replicationGroupId() == null && CacheTags.namedLikeStack(c.cacheClusterId(), ctx) && !"deleting".equals(c.cacheClusterStatus())) {
        CacheTags.owned(c.arn(), ctx).ifPresent(id -> out.add(read(id, c)));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, CacheCluster c) {
    return CurrentResource.of(kind(), logicalId, c.cacheClusterId(),
        Map.of("id", c.cacheClusterId(), "nodeType", c.cacheNodeType(), "numNodes", String.valueOf(c.numCacheNodes())), Map.of());
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.createCacheCluster(r -> {
      r.cacheClusterId(d.property("id"))
          .engine("memcached")
          .cacheNodeType(d.property("nodeType"))
          .numCacheNodes(Integer.parseInt(d.property("numNodes")))
          .azMode(AZMode.fromValue(d.property("azMode")))
          .preferredAvailabilityZones(TopologyMapping.items(d.property("preferredZones")))
          .port(Integer.parseInt(d.property("port")))
          .cacheSubnetGroupName(ctx.state().physicalId(d.property("subnetGroup")))
          .securityGroupIds(ctx.physicalIds(d, "securityGroups"))
          .tags(CacheTags.tags(ctx, d.logicalId()));
      d.optional("engineVersion").ifPresent(r::engineVersion);
    });
    ctx.waitingFor(d.logicalId() + " to be available");
    CacheCluster c = cache.waiter().waitUntilCacheClusterAvailable(r -> r.cacheClusterId(d.property("id")), ctx.waiting())
        .matched().response().orElseThrow().cacheClusters().get(0);
    return read(d.logicalId(), c);
  }

  @Override
  public Set<String> updatable() {
    return Set.of("numNodes");
  }

  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.modifyCacheCluster(r -> r.cacheClusterId(c.physicalId()).applyImmediately(true).numCacheNodes(Integer.parseInt(d.property("numNodes"))));
    CacheCluster cc = cache.waiter().waitUntilCacheClusterAvailable(r -> r.cacheClusterId(c.physicalId()), ctx.waiting())
        .matched().response().orElseThrow().cacheClusters().get(0);
    return read(d.logicalId(), cc);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.deleteCacheCluster(r -> r.cacheClusterId(c.physicalId()));
    if (!ctx.options().execution().awaitDeletion()) {
      return;
    }
    ctx.waitingFor(c.logicalId() + " to be deleted");
    cache.waiter().waitUntilCacheClusterDeleted(r -> r.cacheClusterId(c.physicalId()), ctx.waiting());
  }
}
