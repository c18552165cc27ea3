package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetTypeEnum;

/**
 * A target group: the model's health check, the stickiness attribute, the deregistration delay
 * and the registered servers (by instance).
 */
public final class TargetGroupHandler implements ResourceHandler {
  private static final Set<String> HEALTH = Set.of(
      "healthCheckPath", "healthCheckIntervalSeconds", "healthCheckTimeoutSeconds", "healthyThreshold", "unhealthyThreshold");
  private static final Set<String> ATTRIBUTES = Set.of("stickiness", "stickinessSeconds", "deregistrationDelaySeconds");

  @Override
  public AwsKind kind() {
    return AwsKind.TARGET_GROUP;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    List<TargetGroup> all = new ArrayList<>();
    elb.describeTargetGroupsPaginator(r -> { }).targetGroups().forEach(all::add);
    Map<String, String> owned = ElbTags.owned(all.stream().map(TargetGroup::targetGroupArn).collect(Collectors.toList()), ctx);
    List<CurrentResource> out = new ArrayList<>();
    for (TargetGroup g : all) {
      String id = owned.get(g.targetGroupArn());
      if (id != null) {
        out.add(read(id, g, ctx));
      }
    }
    return out;
  }

  /** Reads the group with its attributes and targets (both readable only per group). */
  private CurrentResource read(String logicalId, TargetGroup g, HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    Map<String, String> attrs = elb.describeTargetGroupAttributes(r -> r.targetGroupArn(g.targetGroupArn())).attributes().stream()
        .collect(Collectors.toMap(TargetGroupAttribute::key, TargetGroupAttribute::value, (a, b) -> a));
    List<String> targets = new ArrayList<>();
    for (TargetHealthDescription t : elb.describeTargetHealth(r -> r.targetGroupArn(g.targetGroupArn())).targetHealthDescriptions()) {
      targets.add(ctx.state().logicalIdOf(t.target().id()));
    }
    Map<String, String> props = new HashMap<>();
    props.put("name", g.targetGroupName());
    props.put("protocol", g.protocolAsString());
    props.put("port", Integer.toString(g.port()));
    props.put("vpc", ctx.state().logicalIdOf(g.vpcId()));
    props.put("healthCheckPath", g.healthCheckPath());
    props.put("healthCheckIntervalSeconds", Integer.toString(g.healthCheckIntervalSeconds()));
    props.put("healthCheckTimeoutSeconds", Integer.toString(g.healthCheckTimeoutSeconds()));
    props.put("healthyThreshold", Integer.toString(g.healthyThresholdCount()));
    props.put("unhealthyThreshold", Integer.toString(g.unhealthyThresholdCount()));
    props.put("stickiness", attrs.getOrDefault("stickiness.enabled", "false"));
    props.put("stickinessSeconds", attrs.getOrDefault("stickiness.lb_cookie.duration_seconds", "86400"));
    props.put("deregistrationDelaySeconds", attrs.getOrDefault("deregistration_delay.timeout_seconds", "300"));
    props.put("targets", TopologyMapping.list(targets));
    return CurrentResource.of(kind(), logicalId, g.targetGroupArn(), props, Map.of());
  }

  /** The attributes the model sets: stickiness (load-balancer cookie) and deregistration delay. */
  static List<TargetGroupAttribute> attributes(DesiredResource d) {
    return List.of(
        TargetGroupAttribute.builder().key("stickiness.enabled").value(d.property("stickiness")).build(),
        TargetGroupAttribute.builder().key("stickiness.type").value("lb_cookie").build(),
        TargetGroupAttribute.builder().key("stickiness.lb_cookie.duration_seconds").value(d.property("stickinessSeconds")).build(),
        TargetGroupAttribute.builder().key("deregistration_delay.timeout_seconds").value(d.property("deregistrationDelaySeconds")).build());
  }

  private static List<TargetDescription> targets(List<String> logicalIds, HandlerContext ctx) {
    return logicalIds.stream().map(l -> TargetDescription.builder().id(ctx.state().physicalId(l)).build()).collect(Collectors.toList());
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    TargetGroup g = elb.createTargetGroup(r -> r
        .name(d.property("name"))
        .protocol(ProtocolEnum.fromValue(d.property("protocol")))
        .port(Integer.parseInt(d.property("port")))
        .vpcId(ctx.state().physicalId(d.property("vpc")))
        .targetType(TargetTypeEnum.INSTANCE)
        .healthCheckPath(d.property("healthCheckPath"))
        .healthCheckIntervalSeconds(Integer.parseInt(d.property("healthCheckIntervalSeconds")))
        .healthCheckTimeoutSeconds(Integer.parseInt(d.property("healthCheckTimeoutSeconds")))
        .healthyThresholdCount(Integer.parseInt(d.property("healthyThreshold")))
        .unhealthyThresholdCount(Integer.parseInt(d.property("unhealthyThreshold")))
        .tags(ElbTags.tags(ctx, d.logicalId()))).targetGroups().get(0);
    elb.modifyTargetGroupAttributes(r -> r.targetGroupArn(g.targetGroupArn()).attributes(attributes(d)));
    List<String> wanted = TopologyMapping.items(d.property("targets"));
    if (!wanted.isEmpty()) {
      elb.registerTargets(r -> r.targetGroupArn(g.targetGroupArn()).targets(targets(wanted, ctx)));
    }
    return read(d.logicalId(), g, ctx);
  }

  @Override
  public Set<String> updatable() {
    Set<String> s = new HashSet<>(HEALTH);
    s.addAll(ATTRIBUTES);
    s.add("targets");
    return s;
  }

  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    String arn = c.physicalId();
    if (HEALTH.stream().anyMatch(p -> !d.property(p).equals(c.properties().get(p)))) {
      elb.modifyTargetGroup(r -> r.targetGroupArn(arn)
          .healthCheckPath(d.property("healthCheckPath"))
          .healthCheckIntervalSeconds(Integer.parseInt(d.property("healthCheckIntervalSeconds")))
          .healthCheckTimeoutSeconds(Integer.parseInt(d.property("healthCheckTimeoutSeconds")))
          .healthyThresholdCount(Integer.parseInt(d.property("healthyThreshold")))
          .unhealthyThresholdCount(Integer.parseInt(d.property("unhealthyThreshold"))));
    }
    if (ATTRIBUTES.stream().anyMatch(p -> !d.property(p).equals(c.properties().get(p)))) {
      elb.modifyTargetGroupAttributes(r -> r.targetGroupArn(arn).attributes(attributes(d)));
    }
    // Targets are compared by instance id, read afresh: a replaced server keeps its logical id
    // but is a new instance, and its terminated predecessor has already left the group.
    Set<String> want = TopologyMapping.items(d.property("targets")).stream().map(ctx.state()::physicalId).collect(Collectors.toSet());
    Set<String> have = elb.describeTargetHealth(r -> r.targetGroupArn(arn)).targetHealthDescriptions().stream()
        .map(t -> t.target().id()).collect(Collectors.toSet());
    List<TargetDescription> remove = have.stream().filter(id -> !want.contains(id))
        .map(id -> TargetDescription.builder().id(id).build()).collect(Collectors.toList());
    List<TargetDescription> add = want.stream().filter(id -> !have.contains(id))
        .map(id -> TargetDescription.builder().id(id).build()).collect(Collectors.toList());
    if (!remove.isEmpty()) {
      elb.deregisterTargets(r -> r.targetGroupArn(arn).targets(remove));
    }
    if (!add.isEmpty()) {
      elb.registerTargets(r -> r.targetGroupArn(arn).targets(add));
    }
    TargetGroup g = elb.describeTargetGroups(r -> r.targetGroupArns(arn)).targetGroups().get(0);
    return read(d.logicalId(), g, ctx);
  }

  // ---- registration and health, for rolling changes ----

  private static List<TargetDescription> described(List<String> instanceIds) {
    return instanceIds.stream().map(id -> TargetDescription.builder().id(id).build()).collect(Collectors.toList());
  }

  /** The health state of each of {@code instanceIds} in {@code group}, e.g. healthy, initial, draining, unused. */
  public Map<String, String> health(CurrentResource group, List<String> instanceIds, HandlerContext ctx) {
    Map<String, String> out = new HashMap<>();
    if (instanceIds.isEmpty()) {
      return out;
    }
    for (TargetHealthDescription t : ctx.clients().elb()
        .describeTargetHealth(r -> r.targetGroupArn(group.physicalId()).targets(described(instanceIds))).targetHealthDescriptions()) {
      out.put(t.target().id(), t.targetHealth() == null ? "unknown" : t.targetHealth().stateAsString());
    }
    return out;
  }

  /** The instances registered in {@code group} and not leaving it (not draining). */
  public Set<String> registered(CurrentResource group, HandlerContext ctx) {
    return ctx.clients().elb().describeTargetHealth(r -> r.targetGroupArn(group.physicalId())).targetHealthDescriptions().stream()
        .filter(t -> t.targetHealth() == null || !"draining".equals(t.targetHealth().stateAsString()))
        .map(t -> t.target().id())
        .collect(Collectors.toSet());
  }

  /** Registers {@code instanceIds} in {@code group}. */
  public void register(CurrentResource group, List<String> instanceIds, HandlerContext ctx) {
    if (!instanceIds.isEmpty()) {
      ctx.clients().elb().registerTargets(r -> r.targetGroupArn(group.physicalId()).targets(described(instanceIds)));
    }
  }

  /** Deregisters {@code instanceIds} from {@code group}: the load balancer stops sending them new requests. */
  public void deregister(CurrentResource group, List<String> instanceIds, HandlerContext ctx) {
    if (!instanceIds.isEmpty()) {
      ctx.clients().elb().deregisterTargets(r -> r.targetGroupArn(group.physicalId()).targets(described(instanceIds)));
    }
  }

  /**
   * Waits until the load balancer reports every one of {@code instanceIds} healthy, polling with
   * the options' interval, for at most the options' readiness timeout.
   *
   * @throws TargetsNotHealthyException naming each server that is not healthy and its state
   */
  public void awaitHealthy(CurrentResource group, List<String> instanceIds, HandlerContext ctx) {
    long deadline = System.nanoTime() + ctx.options().execution().readinessTimeout().toNanos();
    while (true) {
      Map<String, String> states = health(group, instanceIds, ctx);
      Map<String, String> notYet = new TreeMap<>();
      instanceIds.forEach(id -> {
        String st = states.getOrDefault(id, "unregistered");
        if (!"healthy".equals(st)) {
          notYet.put(id, st);
        }
      });
      if (notYet.isEmpty()) {
        return;
      }
      if (System.nanoTime() >= deadline) {
        throw new TargetsNotHealthyException(group.logicalId(), notYet, ctx.options().execution().readinessTimeout());
      }
      pause(ctx);
    }
  }

  /**
   * Waits until none of {@code instanceIds} is draining any more (the load balancer has let their
   * requests in flight finish, which takes the deregistration delay), or until the options'
   * drain limit, if one is set.
   */
  public void awaitDrained(CurrentResource group, List<String> instanceIds, HandlerContext ctx) {
    long delay = Long.parseLong(group.properties().getOrDefault("deregistrationDelaySeconds", "300"));
    Duration bound = ctx.options().execution().drainLimit()
        .orElse(Duration.ofSeconds(delay).plus(ctx.options().execution().readinessTimeout()));
    long deadline = System.nanoTime() + bound.toNanos();
    while (health(group, instanceIds, ctx).containsValue("draining") && System.nanoTime() < deadline) {
      pause(ctx);
    }
  }

  private static void pause(HandlerContext ctx) {
    try {
      Thread.sleep(ctx.options().execution().pollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while polling target health", e);
    }
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ctx.clients().elb().deleteTargetGroup(r -> r.targetGroupArn(c.physicalId()));
  }
}
