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
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** A security group for one role, created empty; its ingress rules are a kind of their own. */
public final class SecurityGroupHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.SECURITY_GROUP;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("groupName", "vpc", "description")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (SecurityGroup g : ctx.clients().ec2().describeSecurityGroupsPaginator(r -> r.filters(Ec2Tags.stackFilter(ctx))).securityGroups()) {
      Optional<String> id = Ec2Tags.owned(g.tags(), ctx);
      id.ifPresent(l -> out.add(CurrentResource.of(kind(), l, g.groupId(),
          Map.of("groupName", g.groupName(), "vpc", ctx.state().logicalIdOf(g.vpcId()), "description", g.description()), Map.of())));
    }
    return out;
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    String id = ctx.clients().ec2().createSecurityGroup(r -> r
        .groupName(d.property("groupName"))
        .description(d.property("description"))
        .vpcId(ctx.state().physicalId(d.property("vpc")))
        .tagSpecifications(Ec2Tags.at(ResourceType.SECURITY_GROUP, ctx, d.logicalId()))).groupId();
    return CurrentResource.of(kind(), d.logicalId(), id, Map.of("groupName", d.property("groupName"), "vpc", d.property("vpc"), "description", d.property("description")), Map.of());
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    DeleteBlockers.checkSecurityGroup(c, ctx);
    ctx.clients().ec2().deleteSecurityGroup(r -> r.groupId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::SecurityGroup";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("GroupName", r.property("groupName"));
    p.put("GroupDescription", r.property("description"));
    p.set("VpcId", cfn.refTo(r.property("vpc")));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
