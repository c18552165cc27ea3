package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import java.util.Set;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Subnet;

/** A subnet: one per tier per zone, in exactly one availability zone. */
public final class SubnetHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.SUBNET;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("cidr", "availabilityZone", "vpc")
        .createOnly("tier", "Tenkai's note for the plan's reader, not an AWS property")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (Subnet s : ctx.clients().ec2().describeSubnetsPaginator(r -> r.filters(Ec2Tags.stackFilter(ctx))).subnets()) {
      Optional<String> id = Ec2Tags.owned(s.tags(), ctx);
      id.ifPresent(l -> out.add(read(l, s, ctx)));
    }
    return out;
  }

  private CurrentResource read(String logicalId, Subnet s, HandlerContext ctx) {
    return CurrentResource.of(kind(), logicalId, s.subnetId(),
        Map.of("cidr", s.cidrBlock(), "availabilityZone", s.availabilityZone(), "vpc", ctx.state().logicalIdOf(s.vpcId())),
        Map.of("availabilityZone", s.availabilityZone()));
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Subnet s = ctx.clients().ec2().createSubnet(r -> r
        .vpcId(ctx.state().physicalId(d.property("vpc")))
        .cidrBlock(d.property("cidr"))
        .availabilityZone(d.property("availabilityZone"))
        .tagSpecifications(Ec2Tags.at(ResourceType.SUBNET, ctx, d.logicalId()))).subnet();
    return read(d.logicalId(), s, ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    DeleteBlockers.checkSubnet(c, ctx);
    ctx.clients().ec2().deleteSubnet(r -> r.subnetId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::Subnet";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.set("VpcId", cfn.refTo(r.property("vpc")));
    p.put("CidrBlock", r.property("cidr"));
    p.set("AvailabilityZone", cfn.zoneRef(r.property("availabilityZone")));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
