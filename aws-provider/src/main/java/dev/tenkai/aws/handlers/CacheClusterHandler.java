package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.UpdateBehaviour;
import dev.tenkai.aws.plan.PropertySpec;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.AZMode;
import software.amazon.awssdk.services.elasticache.model.CacheCluster;
import software.amazon.awssdk.services.elasticache.model.CacheClusterNotFoundException;

/** An ElastiCache memcached cluster with its nodes spread over the modelled zones. */
public final class CacheClusterHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.CACHE_CLUSTER;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("id", "nodeType", "engine", "subnetGroup").inPlace("numNodes", "securityGroups")
        .with("engineVersion", PropertySpec.of(UpdateBehaviour.IN_PLACE).whenAbsentAssigned())
        // AWS reports these per node or on the configuration endpoint, which a memcached cluster
        // has once its nodes are up; not compared yet.
        .createOnly("azMode", "AWS reports it only through where each node is")
        .createOnly("preferredZones", "AWS reports it only through where each node is")
        .createOnly("port", "AWS reports it on the configuration endpoint, once nodes are up")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return CacheTags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (CacheCluster c : ctx.clients().elastiCache().describeCacheClustersPaginator(r -> { }).cacheClusters()) {
      // Members of a replication group are that group's business, not a memcached cluster.
      if (c.replicationGroupId() == null && CacheTags.namedLikeStack(c.cacheClusterId(), ctx) && !"deleting".equals(c.cacheClusterStatus())) {
        CacheTags.owned(c.arn(), ctx).ifPresent(id -> out.add(read(id, c, ctx)));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, CacheCluster c, HandlerContext ctx) {
    Map<String, String> p = new java.util.HashMap<>();
    p.put("id", c.cacheClusterId());
    p.put("nodeType", c.cacheNodeType());
    p.put("numNodes", String.valueOf(c.numCacheNodes()));
    p.put("engine", c.engine() == null ? "" : c.engine());
    p.put("engineVersion", c.engineVersion() == null ? "" : c.engineVersion());
    p.put("subnetGroup", c.cacheSubnetGroupName() == null ? "" : ctx.state().logicalIdOf(c.cacheSubnetGroupName()));
    p.put("securityGroups", TopologyMapping.list(c.securityGroups().stream()
        .map(g -> ctx.state().logicalIdOf(g.securityGroupId())).collect(java.util.stream.Collectors.toList())));
    return CurrentResource.of(kind(), logicalId, c.cacheClusterId(), p, Map.of());
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
    return CurrentResource.of(kind(), d.logicalId(), d.property("id"), Map.of("id", d.property("id")), Map.of());
  }

  private static Optional<CacheCluster> describe(CurrentResource c, HandlerContext ctx) {
    try {
      return ctx.clients().elastiCache().describeCacheClusters(r -> r.cacheClusterId(c.physicalId())).cacheClusters().stream().findFirst();
    } catch (CacheClusterNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    CacheCluster cc = describe(c, ctx).orElse(null);
    if (cc != null && "create-failed".equals(cc.cacheClusterStatus())) {
      throw new IllegalStateException(c.logicalId() + " (" + c.physicalId() + ") could not be created: " + cc.cacheClusterStatus());
    }
    return cc != null && "available".equals(cc.cacheClusterStatus()) ? Optional.of(read(c.logicalId(), cc, ctx)) : Optional.empty();
  }

  @Override
  public boolean gone(CurrentResource c, HandlerContext ctx) {
    return !ctx.options().execution().awaitDeletion() || describe(c, ctx).isEmpty();
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.modifyCacheCluster(r -> {
      r.cacheClusterId(c.physicalId()).applyImmediately(true).numCacheNodes(Integer.parseInt(d.property("numNodes")))
          .securityGroupIds(ctx.physicalIds(d, "securityGroups"));
      d.optional("engineVersion").filter(v -> !v.equals(c.properties().get("engineVersion"))).ifPresent(r::engineVersion);
    });
    return c;
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ElastiCacheClient cache = ctx.clients().elastiCache();
    cache.deleteCacheCluster(r -> r.cacheClusterId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::ElastiCache::CacheCluster";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("ClusterName", r.property("id"));
    p.put("Engine", r.property("engine"));
    r.optional("engineVersion").ifPresent(v -> p.put("EngineVersion", v));
    p.put("CacheNodeType", r.property("nodeType"));
    p.put("NumCacheNodes", Integer.parseInt(r.property("numNodes")));
    p.put("AZMode", r.property("azMode"));
    p.set("PreferredAvailabilityZones", cfn.zoneRefs(r.property("preferredZones")));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.set("CacheSubnetGroupName", cfn.refTo(r.property("subnetGroup")));
    ArrayNode groups = p.putArray("VpcSecurityGroupIds");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(TemplateAssembly.getAtt(cfn.id(g), "GroupId")));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
