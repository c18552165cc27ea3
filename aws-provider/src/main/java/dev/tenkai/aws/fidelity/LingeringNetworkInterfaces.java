package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNatGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSubnetRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DetachInternetGatewayRequest;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;

/**
 * A deleted load balancer's or NAT gateway's network interfaces stay for minutes: meanwhile
 * DeleteSubnet on their subnets and DeleteSecurityGroup on the load balancer's groups fail with
 * {@code DependencyViolation}, and an internet gateway cannot be detached from the VPC while their
 * public addresses are mapped (moto frees everything at once). The interfaces are requester-managed
 * (ELB and the NAT service create and remove them); AWS documents no figure for how long they stay.
 */
public final class LingeringNetworkInterfaces implements Behaviour {
  /** How long the interfaces stay after the deletion. */
  public static final Duration LINGER = Duration.ofMinutes(5);

  private final Duration linger;
  private final Map<String, Owner> owners = new ConcurrentHashMap<>();
  private final List<Lingering> lingering = new CopyOnWriteArrayList<>();

  private record Owner(String what, String vpc, Set<String> subnets, Set<String> groups, boolean publicAddresses) {}

  private record Lingering(Owner owner, Instant until) {}

  /** Interfaces stay {@code linger} after the deletion. */
  public LingeringNetworkInterfaces(Duration linger) {
    this.linger = linger;
  }

  /** Interfaces stay {@link #LINGER}. */
  public LingeringNetworkInterfaces() {
    this(LINGER);
  }

  @Override
  public String name() {
    return "lingering network interfaces after a load balancer or NAT gateway is deleted";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/vpc/latest/userguide/requester-managed-eni.html";
  }

  @Override
  public void before(Call call) {
    if (!call.service().equals(AwsErrors.EC2)) {
      return;
    }
    for (Lingering l : lingering) {
      if (!call.now().isBefore(l.until())) {
        lingering.remove(l);
        continue;
      }
      Owner o = l.owner();
      if (call.request() instanceof DeleteSubnetRequest r && o.subnets().contains(r.subnetId())) {
        throw AwsErrors.of(AwsErrors.EC2, "DependencyViolation", "The subnet '" + r.subnetId() + "' has dependencies and cannot be deleted.");
      }
      if (call.request() instanceof DeleteSecurityGroupRequest r && o.groups().contains(r.groupId())) {
        throw AwsErrors.of(AwsErrors.EC2, "DependencyViolation", "resource " + r.groupId() + " has a dependent object");
      }
      if (call.request() instanceof DetachInternetGatewayRequest r && o.publicAddresses() && o.vpc().equals(r.vpcId())) {
        throw AwsErrors.of(AwsErrors.EC2, "DependencyViolation", "Network " + r.vpcId()
            + " has some mapped public address(es). Please unmap those public address(es) before detaching the gateway.");
      }
    }
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    if (response instanceof CreateLoadBalancerResponse r) {
      r.loadBalancers().forEach(this::learn);
    } else if (response instanceof DescribeLoadBalancersResponse r) {
      r.loadBalancers().forEach(this::learn);
    } else if (response instanceof CreateNatGatewayResponse r) {
      learn(r.natGateway());
    } else if (response instanceof DescribeNatGatewaysResponse r) {
      r.natGateways().forEach(this::learn);
    } else if (call.request() instanceof DeleteLoadBalancerRequest d && call.operation().equals("DeleteLoadBalancer")) {
      gone(d.loadBalancerArn(), call.now());
    } else if (call.request() instanceof DeleteNatGatewayRequest d && call.operation().equals("DeleteNatGateway")) {
      gone(d.natGatewayId(), call.now());
    }
    return response;
  }

  private void gone(String id, Instant at) {
    Owner o = owners.remove(id);
    if (o != null) {
      lingering.add(new Lingering(o, at.plus(linger)));
    }
  }

  private void learn(LoadBalancer lb) {
    owners.put(lb.loadBalancerArn(), new Owner(lb.loadBalancerName(), lb.vpcId(),
        lb.availabilityZones().stream().map(AvailabilityZone::subnetId).collect(Collectors.toSet()),
        Set.copyOf(lb.securityGroups()), lb.scheme() != LoadBalancerSchemeEnum.INTERNAL));
  }

  private void learn(NatGateway g) {
    owners.put(g.natGatewayId(), new Owner(g.natGatewayId(), g.vpcId(), Set.of(g.subnetId()), Set.of(), true));
  }
}
