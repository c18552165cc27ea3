package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticache.model.CacheSubnetGroup;

/** An ElastiCache subnet group over every zone of the cache's tier. */
public final class CacheSubnetGroupHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.CACHE_SUBNET_GROUP;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (CacheSubnetGroup g : ctx.clients().elastiCache().describeCacheSubnetGroupsPaginator(r -> { }).cacheSubnetGroups()) {
      if (CacheTags.namedLikeStack(g.cacheSubnetGroupName(), ctx)) {
        CacheTags.owned(g.arn(), ctx).ifPresent(id -> out.add(read(id, g, ctx)));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, CacheSubnetGroup g, HandlerContext ctx) {
    String subnets = TopologyMapping.list(g.subnets().stream().map(s -> ctx.state().logicalIdOf(s.subnetIdentifier())).collect(Collectors.toList()));
    return CurrentResource.of(kind(), logicalId, g.cacheSubnetGroupName(), Map.of("name", g.cacheSubnetGroupName(), "subnets", subnets), Map.of());
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    CacheSubnetGroup g = ctx.clients().elastiCache().createCacheSubnetGroup(r -> r
        .cacheSubnetGroupName(d.property("name"))
        .cacheSubnetGroupDescription(d.property("description"))
        .subnetIds(ctx.physicalIds(d, "subnets"))
        .tags(CacheTags.tags(ctx, d.logicalId()))).cacheSubnetGroup();
    return read(d.logicalId(), g, ctx);
  }

  @Override
  public Set<String> updatable() {
    return Set.of("subnets");
  }

  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    CacheSubnetGroup g = ctx.clients().elastiCache().modifyCacheSubnetGroup(r -> r
        .cacheSubnetGroupName(c.physicalId())
        .subnetIds(ctx.physicalIds(d, "subnets"))).cacheSubnetGroup();
    return read(d.logicalId(), g, ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ctx.clients().elastiCache().deleteCacheSubnetGroup(r -> r.cacheSubnetGroupName(c.physicalId()));
  }
}
