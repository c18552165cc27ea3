package dev.tenkai.aws.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.cloudformation.TemplateAssembly;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateBlockDeviceMappingRequest;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateEbsBlockDeviceRequest;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateHttpTokensState;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/**
 * The launch template of one server group, which every server of the group is launched from:
 * its image, instance type and security groups, instance metadata only through IMDSv2 (session
 * tokens required), and an encrypted gp3 root volume. A new value makes a new default version.
 */
public final class LaunchTemplateHandler implements ResourceHandler {
  /** The root device of the Amazon Linux images Tenkai launches. */
  static final String ROOT_DEVICE = "/dev/xvda";

  @Override
  public AwsKind kind() {
    return AwsKind.LAUNCH_TEMPLATE;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("name")
        // A new value is a new version of the template, made its default: servers launched from
        // then on get it; running ones are replaced by the plan as their own properties say.
        .inPlace("image", "instanceType", "securityGroups", "httpTokens", "rootVolumeEncrypted")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    Map<String, LaunchTemplate> owned = new HashMap<>();
    for (LaunchTemplate t : ec2.describeLaunchTemplatesPaginator(r -> r.filters(Ec2Tags.stackFilter(ctx))).launchTemplates()) {
      if (Ec2Tags.owned(t.tags(), ctx).isPresent()) {
        owned.put(t.launchTemplateId(), t);
      }
    }
    List<CurrentResource> out = new ArrayList<>();
    if (owned.isEmpty()) {
      return out;
    }
    // The default version of every template in one call (no template named, versions $Default).
    for (LaunchTemplateVersion v : ec2.describeLaunchTemplateVersionsPaginator(r -> r.versions("$Default")).launchTemplateVersions()) {
      LaunchTemplate t = owned.get(v.launchTemplateId());
      if (t != null) {
        out.add(read(Ec2Tags.owned(t.tags(), ctx).orElseThrow(), t.launchTemplateId(), t.launchTemplateName(), v.launchTemplateData(), ctx));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, String id, String name, ResponseLaunchTemplateData data, HandlerContext ctx) {
    Map<String, String> p = new HashMap<>();
    p.put("name", name);
    p.put("image", data.imageId() == null ? "" : data.imageId());
    p.put("instanceType", data.instanceTypeAsString() == null ? "" : data.instanceTypeAsString());
    p.put("securityGroups", TopologyMapping.list(data.securityGroupIds().stream().map(ctx.state()::logicalIdOf).collect(Collectors.toList())));
    p.put("httpTokens", data.metadataOptions() == null || data.metadataOptions().httpTokens() == null ? "" : data.metadataOptions().httpTokensAsString());
    boolean encrypted = data.blockDeviceMappings().stream()
        .anyMatch(b -> ROOT_DEVICE.equals(b.deviceName()) && b.ebs() != null && Boolean.TRUE.equals(b.ebs().encrypted()));
    p.put("rootVolumeEncrypted", Boolean.toString(encrypted));
    return CurrentResource.of(kind(), logicalId, id, p, Map.of());
  }

  /** What every server of the group starts from; no secret in it. */
  static RequestLaunchTemplateData data(DesiredResource d, HandlerContext ctx) {
    return RequestLaunchTemplateData.builder()
        .imageId(d.property("image"))
        .instanceType(d.property("instanceType"))
        .securityGroupIds(ctx.physicalIds(d, "securityGroups"))
        .metadataOptions(m -> m.httpTokens(LaunchTemplateHttpTokensState.fromValue(d.property("httpTokens"))).httpEndpoint("enabled"))
        .blockDeviceMappings(LaunchTemplateBlockDeviceMappingRequest.builder().deviceName(ROOT_DEVICE).ebs(LaunchTemplateEbsBlockDeviceRequest.builder()
            .encrypted(Boolean.parseBoolean(d.property("rootVolumeEncrypted"))).volumeType(VolumeType.GP3).deleteOnTermination(true).build()).build())
        .build();
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    LaunchTemplate t = ctx.clients().ec2().createLaunchTemplate(r -> r
        .launchTemplateName(d.property("name"))
        .launchTemplateData(data(d, ctx))
        .clientToken(ctx.clientToken(d.logicalId()))
        .tagSpecifications(Ec2Tags.at(ResourceType.LAUNCH_TEMPLATE, ctx, d.logicalId()))).launchTemplate();
    Map<String, String> p = new HashMap<>(d.properties());
    return CurrentResource.of(kind(), d.logicalId(), t.launchTemplateId(), p, Map.of());
  }

  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    Long version = ec2.createLaunchTemplateVersion(r -> r.launchTemplateId(c.physicalId()).launchTemplateData(data(d, ctx))
        .clientToken(ctx.clientToken(d.logicalId() + "/version"))).launchTemplateVersion().versionNumber();
    ec2.modifyLaunchTemplate(r -> r.launchTemplateId(c.physicalId()).defaultVersion(version.toString()));
    return CurrentResource.of(kind(), d.logicalId(), c.physicalId(), d.properties(), Map.of());
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    // Instances launched from a template do not need it afterwards: nothing blocks the delete.
    ctx.clients().ec2().deleteLaunchTemplate(r -> r.launchTemplateId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::LaunchTemplate";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("LaunchTemplateName", r.property("name"));
    ObjectNode data = p.putObject("LaunchTemplateData");
    data.set("ImageId", TemplateAssembly.ref(cfn.imageParameter(r.logicalId().substring(r.logicalId().indexOf('/') + 1), r.property("image"))));
    data.put("InstanceType", r.property("instanceType"));
    ArrayNode groups = data.putArray("SecurityGroupIds");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(TemplateAssembly.getAtt(cfn.id(g), "GroupId")));
    ObjectNode metadata = data.putObject("MetadataOptions");
    metadata.put("HttpTokens", r.property("httpTokens"));
    metadata.put("HttpEndpoint", "enabled");
    ObjectNode ebs = data.putArray("BlockDeviceMappings").addObject().put("DeviceName", ROOT_DEVICE).putObject("Ebs");
    ebs.put("Encrypted", Boolean.parseBoolean(r.property("rootVolumeEncrypted")));
    ebs.put("VolumeType", "gp3");
    ebs.put("DeleteOnTermination", true);
    ObjectNode spec = p.putArray("TagSpecifications").addObject();
    spec.put("ResourceType", "launch-template");
    ArrayNode tags = spec.putArray("Tags");
    TemplateAssembly.tag(tags, StackTags.STACK, cfn.stack().stack());
    TemplateAssembly.tag(tags, StackTags.LOGICAL_ID, r.logicalId());
    return Optional.of(res);
  }
}
