package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
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
import java.util.Optional;
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
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("name", "protocol", "port", "vpc")
        .inPlace("healthCheckPath", "healthCheckIntervalSeconds", "healthCheckTimeoutSeconds", "healthyThreshold", "unhealthyThreshold")
        .inPlace("stickiness", "stickinessSeconds", "deregistrationDelaySeconds", "targets")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return ElbTags.NOT_YET;
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

  /** How long servers leaving {@code group} may drain: the options' drain limit, or its deregistration delay and the readiness timeout. */
  Duration drainLimit(CurrentResource group, HandlerContext ctx) {
    long delay = Long.parseLong(group.properties().getOrDefault("deregistrationDelaySeconds", "300"));
    return ctx.options().execution().drainLimit().orElse(Duration.ofSeconds(delay).plus(ctx.options().execution().readinessTimeout()));
  }

  @Override
  public Optional<TargetRegistry> targets() {
    TargetGroupHandler self = this;
    return Optional.of(new TargetRegistry() {
      @Override
      public Set<String> registered(CurrentResource group, HandlerContext ctx) {
        return self.registered(group, ctx);
      }

      @Override
      public void register(CurrentResource group, List<String> ids, HandlerContext ctx) {
        self.register(group, ids, ctx);
      }

      @Override
      public void deregister(CurrentResource group, List<String> ids, HandlerContext ctx) {
        self.deregister(group, ids, ctx);
      }

      @Override
      public Map<String, String> health(CurrentResource group, List<String> ids, HandlerContext ctx) {
        return self.health(group, ids, ctx);
      }

      @Override
      public Duration drainLimit(CurrentResource group, HandlerContext ctx) {
        return self.drainLimit(group, ctx);
      }
    });
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ctx.clients().elb().deleteTargetGroup(r -> r.targetGroupArn(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::ElasticLoadBalancingV2::TargetGroup";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("Name", r.property("name"));
    p.put("Protocol", r.property("protocol"));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.set("VpcId", cfn.refTo(r.property("vpc")));
    p.put("TargetType", "instance");
    p.put("HealthCheckProtocol", r.property("protocol"));
    p.put("HealthCheckPath", r.property("healthCheckPath"));
    p.put("HealthCheckIntervalSeconds", Integer.parseInt(r.property("healthCheckIntervalSeconds")));
    p.put("HealthCheckTimeoutSeconds", Integer.parseInt(r.property("healthCheckTimeoutSeconds")));
    p.put("HealthyThresholdCount", Integer.parseInt(r.property("healthyThreshold")));
    p.put("UnhealthyThresholdCount", Integer.parseInt(r.property("unhealthyThreshold")));
    ArrayNode attributes = p.putArray("TargetGroupAttributes");
    cfnAttribute(attributes, "stickiness.enabled", r.property("stickiness"));
    if (Boolean.parseBoolean(r.property("stickiness"))) {
      cfnAttribute(attributes, "stickiness.type", "lb_cookie");
      cfnAttribute(attributes, "stickiness.lb_cookie.duration_seconds", r.property("stickinessSeconds"));
    }
    cfnAttribute(attributes, "deregistration_delay.timeout_seconds", r.property("deregistrationDelaySeconds"));
    ArrayNode targets = p.putArray("Targets");
    for (String target : TopologyMapping.items(r.property("targets"))) {
      ObjectNode t = targets.addObject();
      t.set("Id", cfn.refTo(target));
      t.put("Port", Integer.parseInt(r.property("port")));
    }
    cfn.tags(p, r);
    return Optional.of(res);
    }

  private static void cfnAttribute(ArrayNode attributes, String key, String value) {
    ObjectNode a = attributes.addObject();
    a.put("Key", key);
    a.put("Value", value);
  }
}
