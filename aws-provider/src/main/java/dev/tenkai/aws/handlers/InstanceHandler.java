package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/**
 * An EC2 instance: the bastion, a server placed in its zone's subnet, a NAT instance (source/dest
 * check off, masquerading user data) or a self-run cache node. The image comes from the options.
 */
public final class InstanceHandler implements ResourceHandler {
  /** States of an instance that still exists; terminated ones stay visible for a while. */
  private static final List<String> LIVE = List.of("pending", "running", "stopping", "stopped");

  /** The tag AWS puts on an instance launched from a launch template: the template's id. */
  static final String LAUNCHED_FROM = "aws:ec2launchtemplate:id";

  @Override
  public AwsKind kind() {
    return AwsKind.INSTANCE;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("instanceType", "image", "subnet", "keyPair", "availabilityZone", "launchTemplate")
        .createOnly("role", "Tenkai's note for the plan's reader, not an AWS property")
        .createOnly("software", "Tenkai's note for the plan's reader (what a self-run cache node runs), not an AWS property")
        // Runs once, at first boot: a new value would change nothing on a running instance.
        .createOnly("userData", "runs once at first boot; AWS returns it only one instance at a time").inPlace("securityGroups", "sourceDestCheck")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    Map<String, List<Instance>> byLogicalId = new TreeMap<>();
    Filter live = Filter.builder().name("instance-state-name").values(LIVE).build();
    // The largest page AWS allows: without it an emulator pages by 100 (and AWS may page too), so
    // the number of describe calls grew with the number of servers.
    for (Reservation res : ctx.clients().ec2().describeInstancesPaginator(r -> r.filters(Ec2Tags.stackFilter(ctx), live).maxResults(1000)).reservations()) {
      for (Instance i : res.instances()) {
        Optional<String> id = Ec2Tags.owned(i.tags(), ctx);
        id.ifPresent(l -> byLogicalId.computeIfAbsent(l, k -> new ArrayList<>()).add(i));
      }
    }
    List<CurrentResource> out = new ArrayList<>();
    byLogicalId.forEach((l, instances) -> {
      // Two live instances with one logical id: a rolling replacement stopped between launching
      // the new server and terminating the old one. The newest keeps the id; each older one is
      // surfaced as a superseded duplicate, which the plan removes (drained, if registered).
      instances.sort(NEWEST_FIRST);
      out.add(read(l, instances.get(0), ctx));
      instances.stream().skip(1).forEach(i -> out.add(read(superseded(l, i.instanceId()), i, ctx)));
    });
    return out;
  }

  private static final Comparator<Instance> NEWEST_FIRST = Comparator
      .comparing((Instance i) -> i.launchTime() == null ? Instant.EPOCH : i.launchTime()).reversed()
      .thenComparing(Instance::instanceId);

  /**
   * The logical id under which an older instance of {@code logicalId} is discovered, when a newer
   * one holds the id: {@code instance/web/a/1~i-0123...}.
   */
  public static String superseded(String logicalId, String instanceId) {
    return logicalId + "~" + instanceId;
  }

  private CurrentResource read(String logicalId, Instance i, HandlerContext ctx) {
    Map<String, String> props = new HashMap<>();
    props.put("instanceType", i.instanceTypeAsString());
    props.put("image", i.imageId());
    props.put("subnet", ctx.state().logicalIdOf(i.subnetId()));
    props.put("securityGroups", TopologyMapping.list(i.securityGroups().stream().map(GroupIdentifier::groupId).map(ctx.state()::logicalIdOf).collect(Collectors.toList())));
    props.put("sourceDestCheck", Boolean.toString(i.sourceDestCheck() == null || i.sourceDestCheck()));
    props.put("keyPair", i.keyName() == null ? "" : i.keyName());
    String az = i.placement() == null ? "" : i.placement().availabilityZone();
    props.put("availabilityZone", az);
    // AWS tags an instance with the template it was launched from.
    props.put("launchTemplate", i.tags().stream().filter(t -> LAUNCHED_FROM.equals(t.key())).findFirst()
        .map(t -> ctx.state().logicalIdOf(t.value())).orElse(""));
    return CurrentResource.of(kind(), logicalId, i.instanceId(), props,
        Map.of("availabilityZone", az, "privateIp", i.privateIpAddress() == null ? "" : i.privateIpAddress()));
  }

  /** The request that launches {@code d}: exactly one instance, tagged, idempotent by client token. */
  static RunInstancesRequest runRequest(DesiredResource d, HandlerContext ctx) {
    RunInstancesRequest.Builder b = RunInstancesRequest.builder()
        .imageId(d.property("image"))
        .instanceType(InstanceType.fromValue(d.property("instanceType")))
        .minCount(1)
        .maxCount(1)
        .subnetId(ctx.state().physicalId(d.property("subnet")))
        .securityGroupIds(ctx.physicalIds(d, "securityGroups"))
        .clientToken(ctx.clientToken(d.logicalId()))
        .tagSpecifications(Ec2Tags.at(ResourceType.INSTANCE, ctx, d.logicalId()), Ec2Tags.at(ResourceType.VOLUME, ctx, d.logicalId()));
    d.optional("keyPair").ifPresent(b::keyName);
    d.optional("launchTemplate").ifPresent(t -> b.launchTemplate(s -> s.launchTemplateId(ctx.state().physicalId(t)).version("$Default")));
    d.optional("userData").ifPresent(u -> b.userData(Base64.getEncoder().encodeToString(u.getBytes(StandardCharsets.UTF_8))));
    return b.build();
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    Instance launched = ec2.runInstances(runRequest(d, ctx)).instances().get(0);
    return read(d.logicalId(), launched, ctx);
  }

  private static Optional<Instance> describe(String id, HandlerContext ctx) {
    try {
      return ctx.clients().ec2().describeInstances(r -> r.instanceIds(id)).reservations().stream()
          .flatMap(r -> r.instances().stream()).findFirst();
    } catch (Ec2Exception e) {
      // Just launched, the instance may not be visible yet ("not yet", like the SDK's waiter).
      if ("InvalidInstanceID.NotFound".equals(e.awsErrorDetails().errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    Instance i = describe(c.physicalId(), ctx).orElse(null);
    if (i == null || i.state().name() == InstanceStateName.PENDING) {
      return Optional.empty();
    }
    if (i.state().name() != InstanceStateName.RUNNING) {
      throw new IllegalStateException(c.logicalId() + " (" + c.physicalId() + ") is " + i.state().nameAsString()
          + (i.stateReason() == null ? "" : ": " + i.stateReason().message()) + ", not running");
    }
    return Optional.of(read(c.logicalId(), i, ctx));
  }

  @Override
  public CurrentResource configure(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    if (Boolean.parseBoolean(d.property("sourceDestCheck"))) {
      return c;
    }
    // A NAT forwards other hosts' packets, which the source/destination check would drop.
    ctx.clients().ec2().modifyInstanceAttribute(r -> r.instanceId(c.physicalId()).sourceDestCheck(v -> v.value(false)));
    return read(d.logicalId(), describe(c.physicalId(), ctx).orElseThrow(), ctx);
  }

  @Override
  public boolean gone(CurrentResource c, HandlerContext ctx) {
    return describe(c.physicalId(), ctx).map(i -> i.state().name() == InstanceStateName.TERMINATED).orElse(true);
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String id = c.physicalId();
    if (!d.property("securityGroups").equals(c.properties().get("securityGroups"))) {
      List<String> groups = ctx.physicalIds(d, "securityGroups");
      ec2.modifyInstanceAttribute(r -> r.instanceId(id).groups(groups));
    }
    if (!d.property("sourceDestCheck").equals(c.properties().get("sourceDestCheck"))) {
      ec2.modifyInstanceAttribute(r -> r.instanceId(id).sourceDestCheck(v -> v.value(Boolean.parseBoolean(d.property("sourceDestCheck")))));
    }
    Instance i = ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
    return read(d.logicalId(), i, ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    ec2.terminateInstances(r -> r.instanceIds(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::Instance";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.set("ImageId", TemplateAssembly.ref(cfn.imageParameter(r.property("role"), r.property("image"))));
    p.put("InstanceType", r.property("instanceType"));
    p.set("SubnetId", cfn.refTo(r.property("subnet")));
    ArrayNode groups = p.putArray("SecurityGroupIds");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(TemplateAssembly.getAtt(cfn.id(g), "GroupId")));
    p.set("KeyName", cfn.keyName());
    p.put("SourceDestCheck", Boolean.parseBoolean(r.property("sourceDestCheck")));
    r.optional("userData").ifPresent(u -> p.putObject("UserData").put("Fn::Base64", u));
    r.optional("launchTemplate").ifPresent(t -> {
      ObjectNode lt = p.putObject("LaunchTemplate");
      lt.set("LaunchTemplateId", cfn.refTo(t));
      lt.set("Version", TemplateAssembly.getAtt(cfn.id(t), "LatestVersionNumber"));
    });
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
