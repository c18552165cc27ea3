package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.model.CreateNatGatewayResponse;
import software.amazon.awssdk.services.ec2.model.DeleteNatGatewayRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;

/**
 * A NAT gateway takes time: {@code pending} after CreateNatGateway until it is {@code available},
 * and {@code deleting} after DeleteNatGateway until it is {@code deleted} (moto answers
 * {@code available} and {@code deleted} at once). With {@link #failNext}, the next gateways created
 * go from {@code pending} to {@code failed}, with the failure code and message AWS documents, and
 * stay failed (AWS removes a failed gateway after about an hour; the emulator keeps it available,
 * which is why routes through it are accepted).
 */
public final class NatGatewayLifecycle implements Behaviour {
  /** Pending before available: AWS documents no figure; a few minutes is what it takes. */
  public static final Duration PENDING = Duration.ofMinutes(3);
  /** Deleting before deleted. */
  public static final Duration DELETING = Duration.ofMinutes(5);

  private final Duration pending;
  private final Duration deleting;
  private final Map<String, Instant> created = new ConcurrentHashMap<>();
  private final Map<String, Instant> deleted = new ConcurrentHashMap<>();
  private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
  private final AtomicInteger failNext = new AtomicInteger();

  /** Pending for {@code pending}, deleting for {@code deleting}. */
  public NatGatewayLifecycle(Duration pending, Duration deleting) {
    this.pending = pending;
    this.deleting = deleting;
  }

  /** {@link #PENDING} and {@link #DELETING}. */
  public NatGatewayLifecycle() {
    this(PENDING, DELETING);
  }

  /** Makes the next {@code count} NAT gateways created fail instead of becoming available. */
  public void failNext(int count) {
    failNext.set(count);
  }

  /** When a gateway deleted at {@code deletedAt} is gone, for other behaviours that last as long. */
  Instant goneAt(Instant deletedAt) {
    return deletedAt.plus(deleting);
  }

  @Override
  public String name() {
    return "NAT gateway pending, deleting and failed";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NatGateway.html";
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    if (response instanceof CreateNatGatewayResponse r) {
      String id = r.natGateway().natGatewayId();
      created.put(id, call.now());
      if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        failing.put(id, true);
      }
      return r.toBuilder().natGateway(shown(r.natGateway(), call.now())).build();
    }
    if (call.request() instanceof DeleteNatGatewayRequest d && call.is(AwsErrors.EC2, "DeleteNatGateway")) {
      deleted.putIfAbsent(d.natGatewayId(), call.now());
      return response;
    }
    if (response instanceof DescribeNatGatewaysResponse r) {
      return r.toBuilder().natGateways(r.natGateways().stream().map(g -> shown(g, call.now())).collect(Collectors.toList())).build();
    }
    return response;
  }

  private NatGateway shown(NatGateway g, Instant now) {
    String id = g.natGatewayId();
    Instant gone = deleted.get(id);
    if (gone != null) {
      return now.isBefore(gone.plus(deleting)) ? g.toBuilder().state(NatGatewayState.DELETING).deleteTime(null).build() : g;
    }
    Instant born = created.get(id);
    if (born == null) {
      return g;
    }
    if (now.isBefore(born.plus(pending))) {
      return g.toBuilder().state(NatGatewayState.PENDING).build();
    }
    if (failing.containsKey(id)) {
      return g.toBuilder().state(NatGatewayState.FAILED).failureCode("InternalError")
          .failureMessage("Network interface created and used internally by this NAT gateway is in an invalid state. Please try again.")
          .build();
    }
    return g;
  }
}
