package dev.tenkai.aws.handlers;

import com.google.common.collect.ImmutableList;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.PropertyRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One handler per kind, looked up by kind; also the planner's {@link PropertyRules}. */
public final class ResourceHandlers implements PropertyRules {
  private final Map<AwsKind, ResourceHandler> byKind = new EnumMap<>(AwsKind.class);

  private ResourceHandlers(List<ResourceHandler> handlers) {
    for (ResourceHandler h : handlers) {
      if (byKind.put(h.kind(), h) != null) {
        throw new IllegalArgumentException("two handlers for kind " + h.kind());
      }
    }
    for (AwsKind k : AwsKind.values()) {
      if (!byKind.containsKey(k)) {
        throw new IllegalArgumentException("no handler for kind " + k);
      }
    }
  }

  /** The standard handlers, one per {@link AwsKind}. */
  public static ResourceHandlers standard() {
    return new ResourceHandlers(List.of(
        new VpcHandler(), new SubnetHandler(), new InternetGatewayHandler(), new SecurityGroupHandler(),
        new SecurityGroupIngressHandler(), new InstanceHandler(), new ElasticIpHandler(), new NatGatewayHandler(),
        new RouteTableHandler(), new LoadBalancerHandler(), new TargetGroupHandler(), new ListenerHandler(),
        new DbSubnetGroupHandler(), new DbInstanceHandler(), new CacheSubnetGroupHandler(),
        new CacheReplicationGroupHandler(), new CacheClusterHandler(), new HostedZoneHandler(), new DnsRecordHandler()));
  }

  /** The handler of {@code kind}. */
  public ResourceHandler of(AwsKind kind) {
    return byKind.get(kind);
  }

  /** Every handler, in discovery order. */
  public ImmutableList<ResourceHandler> inDiscoveryOrder() {
    return ImmutableList.copyOf(byKind.values());
  }

  @Override
  public Set<String> updatable(AwsKind kind) {
    return of(kind).updatable();
  }

  @Override
  public boolean same(AwsKind kind, String property, String current, String desired) {
    return of(kind).same(property, current, desired);
  }
}
