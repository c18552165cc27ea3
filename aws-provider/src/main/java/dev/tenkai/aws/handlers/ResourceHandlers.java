package dev.tenkai.aws.handlers;

import com.google.common.collect.ImmutableList;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.PropertyRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered kinds, looked up by kind; also the planner's {@link PropertyRules}. Registration
 * order is discovery order: a kind comes after every kind its resources refer to.
 */
public final class ResourceHandlers implements PropertyRules {
  private final Map<AwsKind, ResourceHandler> byKind = new LinkedHashMap<>();

  private ResourceHandlers(List<ResourceHandler> handlers) {
    for (ResourceHandler h : handlers) {
      if (byKind.put(h.kind(), h) != null) {
        throw new IllegalArgumentException("two handlers for kind " + h.kind());
      }
    }
  }

  /** Exactly {@code handlers}, in discovery order (for tests and custom providers). */
  public static ResourceHandlers of(List<ResourceHandler> handlers) {
    return new ResourceHandlers(handlers);
  }

  /** The standard kinds, one per {@link AwsKind}, in discovery order: one line per kind. */
  public static ResourceHandlers standard() {
    ResourceHandlers standard = new ResourceHandlers(List.of(
        new VpcHandler(),
        new SubnetHandler(),
        new InternetGatewayHandler(),
        new SecurityGroupHandler(),
        new SecurityGroupIngressHandler(),
        new LaunchTemplateHandler(),
        new InstanceHandler(),
        new ElasticIpHandler(),
        new NatGatewayHandler(),
        new RouteTableHandler(),
        new LoadBalancerHandler(),
        new TargetGroupHandler(),
        new ListenerHandler(),
        new DbSubnetGroupHandler(),
        new DbInstanceHandler(),
        new CacheSubnetGroupHandler(),
        new CacheReplicationGroupHandler(),
        new CacheClusterHandler(),
        new HostedZoneHandler(),
        new DnsRecordHandler()));
    for (AwsKind k : AwsKind.values()) {
      if (!standard.byKind.containsKey(k)) {
        throw new IllegalStateException("no handler registered for kind " + k);
      }
    }
    return standard;
  }

  /**
   * The handler of {@code kind}.
   *
   * @throws IllegalArgumentException when none is registered, naming the kind
   */
  public ResourceHandler of(AwsKind kind) {
    ResourceHandler h = byKind.get(kind);
    if (h == null) {
      throw new IllegalArgumentException("no handler registered for kind " + kind.label());
    }
    return h;
  }

  /** Every handler, in discovery order. */
  public ImmutableList<ResourceHandler> inDiscoveryOrder() {
    return ImmutableList.copyOf(byKind.values());
  }

  @Override
  public KindSchema schema(AwsKind kind) {
    return of(kind).schema();
  }
}
