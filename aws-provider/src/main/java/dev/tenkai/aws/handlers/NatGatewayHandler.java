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
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/** A managed NAT gateway in a public subnet, holding an Elastic IP. */
public final class NatGatewayHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.NAT_GATEWAY;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("subnet", "eip")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (NatGateway g : ctx.clients().ec2().describeNatGatewaysPaginator(r -> r.filter(Ec2Tags.stackFilter(ctx))).natGateways()) {
      Optional<String> id = Ec2Tags.owned(g.tags(), ctx);
      if (id.isEmpty() || g.state() == NatGatewayState.DELETED || g.state() == NatGatewayState.DELETING) {
        continue;
      }
      String eip = g.natGatewayAddresses().stream().findFirst().map(NatGatewayAddress::allocationId).map(ctx.state()::logicalIdOf).orElse("");
      out.add(CurrentResource.of(kind(), id.get(), g.natGatewayId(),
          Map.of("subnet", ctx.state().logicalIdOf(g.subnetId()), "eip", eip), Map.of()));
    }
    return out;
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String id = ec2.createNatGateway(r -> r
        .subnetId(ctx.state().physicalId(d.property("subnet")))
        .allocationId(ctx.state().physicalId(d.property("eip")))
        .clientToken(ctx.clientToken(d.logicalId()))
        .tagSpecifications(Ec2Tags.at(ResourceType.NATGATEWAY, ctx, d.logicalId()))).natGateway().natGatewayId();
    return CurrentResource.of(kind(), d.logicalId(), id, Map.of("subnet", d.property("subnet"), "eip", d.property("eip")), Map.of());
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    ec2.deleteNatGateway(r -> r.natGatewayId(c.physicalId()));
  }

  private static Optional<NatGateway> describe(CurrentResource c, HandlerContext ctx) {
    try {
      return ctx.clients().ec2().describeNatGateways(r -> r.natGatewayIds(c.physicalId())).natGateways().stream().findFirst();
    } catch (Ec2Exception e) {
      if ("NatGatewayNotFound".equals(e.awsErrorDetails().errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    NatGateway g = describe(c, ctx).orElse(null);
    if (g == null || g.state() == NatGatewayState.PENDING) {
      return Optional.empty();
    }
    if (g.state() != NatGatewayState.AVAILABLE) {
      throw new IllegalStateException(c.logicalId() + " (" + c.physicalId() + ") is " + g.stateAsString() + ": " + g.failureMessage());
    }
    return Optional.of(c);
  }

  @Override
  public boolean gone(CurrentResource c, HandlerContext ctx) {
    return describe(c, ctx).map(g -> g.state() == NatGatewayState.DELETED).orElse(true);
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::NatGateway";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.set("SubnetId", cfn.refTo(r.property("subnet")));
    p.set("AllocationId", TemplateAssembly.getAtt(cfn.id(r.property("eip")), "AllocationId"));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
