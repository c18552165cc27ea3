package dev.tenkai.aws.handlers;

import java.util.Optional;
import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
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
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("name").inPlace("subnets", "description")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return CacheTags.NOT_YET;
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
    return CurrentResource.of(kind(), logicalId, g.cacheSubnetGroupName(), Map.of("name", g.cacheSubnetGroupName(), "subnets", subnets, "description", g.cacheSubnetGroupDescription()), Map.of());
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
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    CacheSubnetGroup g = ctx.clients().elastiCache().modifyCacheSubnetGroup(r -> r
        .cacheSubnetGroupName(c.physicalId())
        .cacheSubnetGroupDescription(d.property("description"))
        .subnetIds(ctx.physicalIds(d, "subnets"))).cacheSubnetGroup();
    return read(d.logicalId(), g, ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ctx.clients().elastiCache().deleteCacheSubnetGroup(r -> r.cacheSubnetGroupName(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::ElastiCache::SubnetGroup";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("CacheSubnetGroupName", r.property("name"));
    p.put("Description", r.property("description"));
    p.set("SubnetIds", cfn.refs(r.property("subnets")));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
