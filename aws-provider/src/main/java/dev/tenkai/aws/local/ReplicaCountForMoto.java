package dev.tenkai.aws.local;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.elasticache.model.CreateReplicationGroupRequest;

/**
 * Bridges one emulator gap in the emulator's own layer, not in the provider: moto ignores
 * NumCacheClusters of a replication group and builds one node unless ReplicasPerNodeGroup is
 * given, so the request it receives also says the replica count. AWS takes NumCacheClusters.
 */
final class ReplicaCountForMoto implements ExecutionInterceptor {
  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    if (context.request() instanceof CreateReplicationGroupRequest) {
      CreateReplicationGroupRequest r = (CreateReplicationGroupRequest) context.request();
      if (r.numCacheClusters() != null && r.replicasPerNodeGroup() == null) {
        return r.toBuilder().replicasPerNodeGroup(r.numCacheClusters() - 1).build();
      }
    }
    return context.request();
  }
}
