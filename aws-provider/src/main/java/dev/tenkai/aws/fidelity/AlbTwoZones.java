package dev.tenkai.aws.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SubnetMapping;

/** An Application Load Balancer needs subnets in at least two Availability Zones (moto accepts one). */
public final class AlbTwoZones implements Behaviour {
  private final SubnetZones zones = new SubnetZones();

  @Override
  public String name() {
    return "ALB in at least two zones";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html";
  }

  @Override
  public void before(Call call) {
    List<String> subnets = new ArrayList<>();
    if (call.request() instanceof CreateLoadBalancerRequest r
        && (r.type() == null || r.type() == LoadBalancerTypeEnum.APPLICATION)) {
      subnets.addAll(r.subnets());
      r.subnetMappings().stream().map(SubnetMapping::subnetId).forEach(subnets::add);
    } else if (call.request() instanceof SetSubnetsRequest r) {
      subnets.addAll(r.subnets());
      r.subnetMappings().stream().map(SubnetMapping::subnetId).forEach(subnets::add);
    } else {
      return;
    }
    Set<String> covered = zones.zonesOf(subnets).orElse(null);
    if (covered != null && covered.size() < 2) {
      throw AwsErrors.of(AwsErrors.ELB, "ValidationError", "At least two subnets in two different Availability Zones must be specified");
    }
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    zones.learn(response);
    return response;
  }
}
