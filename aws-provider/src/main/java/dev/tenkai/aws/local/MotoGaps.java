package dev.tenkai.aws.local;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateVersionRequest;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.elasticache.model.CacheCluster;
import software.amazon.awssdk.services.elasticache.model.CreateCacheClusterRequest;
import software.amazon.awssdk.services.elasticache.model.CreateReplicationGroupRequest;
import software.amazon.awssdk.services.elasticache.model.DescribeCacheClustersResponse;
import software.amazon.awssdk.services.elasticache.model.ModifyCacheClusterRequest;
import software.amazon.awssdk.services.elasticache.model.SecurityGroupMembership;

/**
 * Bridges two ElastiCache gaps of moto in the emulator's own layer, not in the provider: moto
 * ignores a replication group's NumCacheClusters (it builds one node unless ReplicasPerNodeGroup
 * is given), so the request also says the replica count; and moto returns no SecurityGroups for
 * a memcached cluster, which AWS does, so the groups the cluster was created or modified with are
 * reported back. And moto refuses to launch from a launch template whose root volume names no size
 * (AWS takes the image's snapshot size), so the template it receives names one.
 */
final class MotoGaps implements ExecutionInterceptor {
  private final Map<String, List<String>> groupsByCluster = new ConcurrentHashMap<>();

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    if (request instanceof CreateLaunchTemplateRequest) {
      CreateLaunchTemplateRequest r = (CreateLaunchTemplateRequest) request;
      return r.toBuilder().launchTemplateData(sized(r.launchTemplateData())).build();
    } else if (request instanceof CreateLaunchTemplateVersionRequest) {
      CreateLaunchTemplateVersionRequest r = (CreateLaunchTemplateVersionRequest) request;
      return r.toBuilder().launchTemplateData(sized(r.launchTemplateData())).build();
    } else if (request instanceof CreateReplicationGroupRequest) {
      CreateReplicationGroupRequest r = (CreateReplicationGroupRequest) request;
      if (r.numCacheClusters() != null && r.replicasPerNodeGroup() == null) {
        return r.toBuilder().replicasPerNodeGroup(r.numCacheClusters() - 1).build();
      }
    } else if (request instanceof CreateCacheClusterRequest) {
      CreateCacheClusterRequest r = (CreateCacheClusterRequest) request;
      groupsByCluster.put(r.cacheClusterId(), List.copyOf(r.securityGroupIds()));
    } else if (request instanceof ModifyCacheClusterRequest) {
      ModifyCacheClusterRequest r = (ModifyCacheClusterRequest) request;
      if (r.hasSecurityGroupIds()) {
        groupsByCluster.put(r.cacheClusterId(), List.copyOf(r.securityGroupIds()));
      }
    }
    return request;
  }

  private static RequestLaunchTemplateData sized(RequestLaunchTemplateData data) {
    if (data == null || !data.hasBlockDeviceMappings()) {
      return data;
    }
    return data.toBuilder().blockDeviceMappings(data.blockDeviceMappings().stream()
        .map(b -> b.ebs() == null || b.ebs().volumeSize() != null || b.ebs().snapshotId() != null ? b
            : b.toBuilder().ebs(b.ebs().toBuilder().volumeSize(8).build()).build())
        .collect(Collectors.toList())).build();
  }

  @Override
  public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
    if (!(context.response() instanceof DescribeCacheClustersResponse)) {
      return context.response();
    }
    DescribeCacheClustersResponse r = (DescribeCacheClustersResponse) context.response();
    List<CacheCluster> clusters = r.cacheClusters().stream().map(c -> {
      List<String> groups = groupsByCluster.get(c.cacheClusterId());
      if (!c.securityGroups().isEmpty() || groups == null) {
        return c;
      }
      return c.toBuilder().securityGroups(groups.stream()
          .map(g -> SecurityGroupMembership.builder().securityGroupId(g).status("active").build()).collect(Collectors.toList())).build();
    }).collect(Collectors.toList());
    return r.toBuilder().cacheClusters(clusters).build();
  }
}
