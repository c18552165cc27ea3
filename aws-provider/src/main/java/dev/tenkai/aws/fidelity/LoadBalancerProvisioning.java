package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerState;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerStateEnum;

/** A new load balancer is {@code provisioning} for a while before it is {@code active} (moto: active at once). */
public final class LoadBalancerProvisioning implements Behaviour {
  /** Provisioning before active: AWS documents no figure; a few minutes is usual. */
  public static final Duration PROVISIONING = Duration.ofMinutes(3);

  private final Duration provisioning;
  private final Map<String, Instant> created = new ConcurrentHashMap<>();

  /** Provisioning for {@code provisioning}. */
  public LoadBalancerProvisioning(Duration provisioning) {
    this.provisioning = provisioning;
  }

  /** {@link #PROVISIONING}. */
  public LoadBalancerProvisioning() {
    this(PROVISIONING);
  }

  @Override
  public String name() {
    return "load balancer provisioning";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-state";
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    if (response instanceof CreateLoadBalancerResponse r) {
      r.loadBalancers().forEach(lb -> created.putIfAbsent(lb.loadBalancerArn(), call.now()));
      return r.toBuilder().loadBalancers(r.loadBalancers().stream().map(lb -> shown(lb, call.now())).collect(Collectors.toList())).build();
    }
    if (response instanceof DescribeLoadBalancersResponse r) {
      return r.toBuilder().loadBalancers(r.loadBalancers().stream().map(lb -> shown(lb, call.now())).collect(Collectors.toList())).build();
    }
    return response;
  }

  private LoadBalancer shown(LoadBalancer lb, Instant now) {
    Instant born = created.get(lb.loadBalancerArn());
    if (born != null && now.isBefore(born.plus(provisioning))) {
      return lb.toBuilder().state(LoadBalancerState.builder().code(LoadBalancerStateEnum.PROVISIONING).build()).build();
    }
    return lb;
  }
}
