package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.CreateInternetGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;
import software.amazon.awssdk.services.ec2.model.CreateVpcResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

/**
 * EC2's eventual consistency after a create: a call that names an id EC2 just returned (describe
 * it, route to it, tag it, associate it) can answer "{@code <kind>.NotFound}" for a while, although
 * the resource exists. Played as: the first {@code refusals} calls naming a new id within {@code
 * window} of virtual time after its create are refused with the id's NotFound code. Counting as
 * well as timing keeps a caller that never waits on the layer's clock from being refused for
 * ever; a describe by filters (tags) is let through (AWS may simply omit the new resource).
 */
public final class EventualConsistency implements Behaviour {
  /** How long a new id may be unknown; AWS documents no figure, its advice starts at "a couple of seconds". */
  public static final Duration WINDOW = Duration.ofSeconds(5);

  private static final Map<String, String> NOT_FOUND = Map.of(
      "vpc-", "InvalidVpcID.NotFound",
      "subnet-", "InvalidSubnetID.NotFound",
      "sg-", "InvalidGroup.NotFound",
      "rtb-", "InvalidRouteTableID.NotFound",
      "igw-", "InvalidInternetGatewayID.NotFound",
      "nat-", "NatGatewayNotFound",
      "eipalloc-", "InvalidAllocationID.NotFound",
      "i-", "InvalidInstanceID.NotFound");

  private final Duration window;
  private final int refusals;
  private final Map<String, Fresh> fresh = new ConcurrentHashMap<>();

  private record Fresh(Instant created, String createdBy, int refusalsLeft) {}

  /** Refuses the first {@code refusals} uses of each new id within {@code window}. */
  public EventualConsistency(Duration window, int refusals) {
    this.window = window;
    this.refusals = refusals;
  }

  /** One refusal within {@link #WINDOW}. */
  public EventualConsistency() {
    this(WINDOW, 1);
  }

  @Override
  public String name() {
    return "eventual consistency after create";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html";
  }

  @Override
  public void before(Call call) {
    if (!call.service().equals(AwsErrors.EC2)) {
      return;
    }
    for (Map.Entry<String, Fresh> e : fresh.entrySet()) {
      String id = e.getKey();
      Fresh f = e.getValue();
      if (call.operation().equals(f.createdBy()) || !call.mentions(id)) {
        continue;
      }
      if (call.now().isAfter(f.created().plus(window)) || f.refusalsLeft() <= 0) {
        fresh.remove(id, f);
        continue;
      }
      if (fresh.replace(id, f, new Fresh(f.created(), f.createdBy(), f.refusalsLeft() - 1))) {
        String code = NOT_FOUND.entrySet().stream().filter(p -> id.startsWith(p.getKey())).map(Map.Entry::getValue).findFirst().orElseThrow();
        throw AwsErrors.of(AwsErrors.EC2, code, "The ID '" + id + "' does not exist");
      }
    }
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    List<String> ids = new ArrayList<>();
    if (response instanceof CreateVpcResponse r) {
      ids.add(r.vpc().vpcId());
    } else if (response instanceof CreateSubnetResponse r) {
      ids.add(r.subnet().subnetId());
    } else if (response instanceof CreateSecurityGroupResponse r) {
      ids.add(r.groupId());
    } else if (response instanceof CreateRouteTableResponse r) {
      ids.add(r.routeTable().routeTableId());
    } else if (response instanceof CreateInternetGatewayResponse r) {
      ids.add(r.internetGateway().internetGatewayId());
    } else if (response instanceof CreateNatGatewayResponse r) {
      ids.add(r.natGateway().natGatewayId());
    } else if (response instanceof AllocateAddressResponse r) {
      ids.add(r.allocationId());
    } else if (response instanceof RunInstancesResponse r) {
      r.instances().stream().map(Instance::instanceId).forEach(ids::add);
    }
    ids.stream().filter(id -> id != null).forEach(id -> fresh.put(id, new Fresh(call.now(), call.operation(), refusals)));
    return response;
  }
}
