package dev.tenkai.aws.fidelity;

import java.util.List;

/** The behaviours the layer plays by default, with AWS's durations (docs/fidelity.md lists them with their sources). */
final class Catalogue {
  private Catalogue() {}

  static List<Behaviour> all() {
    return List.of(
        new EventualConsistency(),
        new NatGatewayLifecycle(),
        new DbInstanceLifecycle(),
        new LoadBalancerProvisioning(),
        new TargetHealthProgress(),
        new LingeringNetworkInterfaces(),
        new ElasticIpHeldByDeletedNat(),
        new AlbTwoZones(),
        new DbSubnetGroupTwoZones(),
        new SecurityGroupRuleDescription(),
        new RdsStorageRules(),
        new InstanceTypeChangeNeedsStop());
  }
}
