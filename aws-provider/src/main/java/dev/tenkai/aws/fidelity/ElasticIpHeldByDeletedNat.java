package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNatGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressRequest;

/**
 * Deleting a NAT gateway disassociates its Elastic IP, but not at once: while the gateway is
 * deleting, ReleaseAddress on its address fails ({@code InvalidIPAddress.InUse}; AWS also answers
 * {@code AuthFailure} in this state). moto releases it at once.
 */
public final class ElasticIpHeldByDeletedNat implements Behaviour {
  private final Duration held;
  private final Map<String, Set<String>> addresses = new ConcurrentHashMap<>();
  private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();

  /** The address stays associated {@code held} after DeleteNatGateway (the gateway's deleting time). */
  public ElasticIpHeldByDeletedNat(Duration held) {
    this.held = held;
  }

  /** Held for {@link NatGatewayLifecycle#DELETING}. */
  public ElasticIpHeldByDeletedNat() {
    this(NatGatewayLifecycle.DELETING);
  }

  @Override
  public String name() {
    return "Elastic IP release refused while its NAT gateway is deleting";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteNatGateway.html";
  }

  @Override
  public void before(Call call) {
    if (call.request() instanceof ReleaseAddressRequest r && r.allocationId() != null) {
      Instant until = heldUntil.get(r.allocationId());
      if (until != null && call.now().isBefore(until)) {
        throw AwsErrors.of(AwsErrors.EC2, "InvalidIPAddress.InUse", "Address " + r.allocationId() + " is in use.");
      }
    }
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    if (response instanceof CreateNatGatewayResponse r) {
      learn(r.natGateway());
    } else if (response instanceof DescribeNatGatewaysResponse r) {
      r.natGateways().forEach(this::learn);
    } else if (call.request() instanceof DeleteNatGatewayRequest d && call.operation().equals("DeleteNatGateway")) {
      addresses.getOrDefault(d.natGatewayId(), Set.of()).forEach(a -> heldUntil.put(a, call.now().plus(held)));
    }
    return response;
  }

  private void learn(NatGateway g) {
    Set<String> ids = g.natGatewayAddresses().stream().map(NatGatewayAddress::allocationId).filter(a -> a != null).collect(Collectors.toSet());
    if (!ids.isEmpty()) {
      addresses.put(g.natGatewayId(), ids);
    }
  }
}
