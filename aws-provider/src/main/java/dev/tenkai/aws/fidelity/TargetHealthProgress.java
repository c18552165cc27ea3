package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealth;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthReasonEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthStateEnum;

/**
 * Targets are not healthy at once: a registered instance is {@code initial}
 * (Elb.RegistrationInProgress) until it has booted, then {@code initial}
 * (Elb.InitialHealthChecking) for the health check's interval times its healthy threshold, then
 * {@code healthy}; a deregistered one is {@code draining} (Target.DeregistrationInProgress) for
 * the target group's deregistration delay (300 s unless set), then no longer listed. moto reports
 * every target healthy at once and a deregistered one, asked by id, draining for ever.
 */
public final class TargetHealthProgress implements Behaviour {
  /** How long an instance takes from RunInstances until it answers health checks: AWS documents no figure for an application. */
  public static final Duration BOOT = Duration.ofSeconds(90);
  private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  private static final int DEFAULT_HEALTHY_THRESHOLD = 5;
  private static final Duration DEFAULT_DEREGISTRATION_DELAY = Duration.ofSeconds(300);

  private final Duration boot;
  private final Map<String, Instant> launched = new ConcurrentHashMap<>();
  private final Map<String, Duration> timeToHealthy = new ConcurrentHashMap<>();
  private final Map<String, Duration> drain = new ConcurrentHashMap<>();
  private final Map<String, Instant> registered = new ConcurrentHashMap<>();
  private final Map<String, Instant> deregistered = new ConcurrentHashMap<>();
  private final Map<String, TargetDescription> leaving = new ConcurrentHashMap<>();

  /** Instances boot in {@code boot}. */
  public TargetHealthProgress(Duration boot) {
    this.boot = boot;
  }

  /** Instances boot in {@link #BOOT}. */
  public TargetHealthProgress() {
    this(BOOT);
  }

  @Override
  public String name() {
    return "targets initial, healthy and draining";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html";
  }

  private static String key(String group, String target) {
    return group + " " + target;
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    Instant now = call.now();
    if (response instanceof RunInstancesResponse r) {
      r.instances().stream().map(Instance::instanceId).forEach(id -> launched.put(id, now));
    } else if (response instanceof CreateTargetGroupResponse r && call.request() instanceof CreateTargetGroupRequest q) {
      Duration interval = q.healthCheckIntervalSeconds() == null ? DEFAULT_INTERVAL : Duration.ofSeconds(q.healthCheckIntervalSeconds());
      int threshold = q.healthyThresholdCount() == null ? DEFAULT_HEALTHY_THRESHOLD : q.healthyThresholdCount();
      r.targetGroups().forEach(g -> timeToHealthy.put(g.targetGroupArn(), interval.multipliedBy(threshold)));
    } else if (call.request() instanceof ModifyTargetGroupAttributesRequest q) {
      q.attributes().stream().filter(a -> a.key().equals("deregistration_delay.timeout_seconds"))
          .forEach(a -> drain.put(q.targetGroupArn(), Duration.ofSeconds(Long.parseLong(a.value()))));
    } else if (call.request() instanceof RegisterTargetsRequest q && call.operation().equals("RegisterTargets")) {
      q.targets().forEach(t -> {
        registered.put(key(q.targetGroupArn(), t.id()), now);
        deregistered.remove(key(q.targetGroupArn(), t.id()));
      });
    } else if (call.request() instanceof DeregisterTargetsRequest q && call.operation().equals("DeregisterTargets")) {
      q.targets().forEach(t -> {
        deregistered.put(key(q.targetGroupArn(), t.id()), now);
        leaving.put(key(q.targetGroupArn(), t.id()), t);
        registered.remove(key(q.targetGroupArn(), t.id()));
      });
    } else if (response instanceof DescribeTargetHealthResponse r && call.request() instanceof DescribeTargetHealthRequest q) {
      return shown(r, q, now);
    }
    return response;
  }

  private DescribeTargetHealthResponse shown(DescribeTargetHealthResponse r, DescribeTargetHealthRequest q, Instant now) {
    String group = q.targetGroupArn();
    List<TargetHealthDescription> out = new ArrayList<>();
    for (TargetHealthDescription d : r.targetHealthDescriptions()) {
      out.add(d.toBuilder().targetHealth(health(group, d.target().id(), d.targetHealth(), now)).build());
    }
    if (q.targets().isEmpty()) {
      Set<String> listed = out.stream().map(d -> d.target().id()).collect(Collectors.toSet());
      leaving.forEach((k, t) -> {
        if (k.startsWith(group + " ") && !listed.contains(t.id()) && isDraining(group, t.id(), now)) {
          out.add(TargetHealthDescription.builder().target(t).targetHealth(draining()).build());
        }
      });
    }
    return r.toBuilder().targetHealthDescriptions(out).build();
  }

  private boolean isDraining(String group, String target, Instant now) {
    Instant left = deregistered.get(key(group, target));
    return left != null && now.isBefore(left.plus(drain.getOrDefault(group, DEFAULT_DEREGISTRATION_DELAY)));
  }

  private TargetHealth health(String group, String target, TargetHealth moto, Instant now) {
    if (deregistered.containsKey(key(group, target))) {
      return isDraining(group, target, now) ? draining() : TargetHealth.builder().state(TargetHealthStateEnum.UNUSED)
          .reason(TargetHealthReasonEnum.TARGET_NOT_REGISTERED).description("Target is not registered to the target group").build();
    }
    Instant in = registered.get(key(group, target));
    if (in == null) {
      return moto;
    }
    Instant booted = launched.containsKey(target) ? launched.get(target).plus(boot) : in;
    Instant checking = booted.isAfter(in) ? booted : in;
    if (now.isBefore(checking)) {
      return TargetHealth.builder().state(TargetHealthStateEnum.INITIAL).reason(TargetHealthReasonEnum.ELB_REGISTRATION_IN_PROGRESS)
          .description("Target registration is in progress").build();
    }
    if (now.isBefore(checking.plus(timeToHealthy.getOrDefault(group, DEFAULT_INTERVAL.multipliedBy(DEFAULT_HEALTHY_THRESHOLD))))) {
      return TargetHealth.builder().state(TargetHealthStateEnum.INITIAL).reason(TargetHealthReasonEnum.ELB_INITIAL_HEALTH_CHECKING)
          .description("Initial health checks in progress").build();
    }
    return moto;
  }

  private static TargetHealth draining() {
    return TargetHealth.builder().state(TargetHealthStateEnum.DRAINING).reason(TargetHealthReasonEnum.TARGET_DEREGISTRATION_IN_PROGRESS)
        .description("Target deregistration is in progress").build();
  }
}
