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
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/** The internet gateway and its attachment to the VPC. */
public final class InternetGatewayHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.INTERNET_GATEWAY;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("vpc")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (InternetGateway g : ctx.clients().ec2().describeInternetGatewaysPaginator(r -> r.filters(Ec2Tags.stackFilter(ctx))).internetGateways()) {
      Optional<String> id = Ec2Tags.owned(g.tags(), ctx);
      if (id.isPresent()) {
        String vpc = g.attachments().stream().findFirst().map(InternetGatewayAttachment::vpcId).map(ctx.state()::logicalIdOf).orElse("");
        out.add(CurrentResource.of(kind(), id.get(), g.internetGatewayId(), Map.of("vpc", vpc), Map.of()));
      }
    }
    return out;
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String id = ec2.createInternetGateway(r -> r.tagSpecifications(Ec2Tags.at(ResourceType.INTERNET_GATEWAY, ctx, d.logicalId())))
        .internetGateway().internetGatewayId();
    ec2.attachInternetGateway(r -> r.internetGatewayId(id).vpcId(ctx.state().physicalId(d.property("vpc"))));
    return CurrentResource.of(kind(), d.logicalId(), id, Map.of("vpc", d.property("vpc")), Map.of());
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String vpc = c.properties().getOrDefault("vpc", "");
    ctx.state().get(vpc).ifPresent(v -> ec2.detachInternetGateway(r -> r.internetGatewayId(c.physicalId()).vpcId(v.physicalId())));
    ec2.deleteInternetGateway(r -> r.internetGatewayId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::InternetGateway";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    String id = cfn.id(r.logicalId());
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    cfn.tags(TemplateAssembly.props(res), r);
    ObjectNode attach = TemplateAssembly.typed("AWS::EC2::VPCGatewayAttachment");
    TemplateAssembly.props(attach).set("VpcId", cfn.refTo(r.property("vpc")));
    TemplateAssembly.props(attach).set("InternetGatewayId", cfn.refTo(r.logicalId()));
    cfn.add(TemplateAssembly.ATTACHMENT, attach);
    return Optional.of(res);
  }
}
