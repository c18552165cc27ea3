package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;

/**
 * A route table, its default route (to the internet gateway, a NAT gateway or a NAT instance)
 * and its subnet associations.
 */
public final class RouteTableHandler implements ResourceHandler {
  private static final String ANYWHERE = "0.0.0.0/0";

  @Override
  public AwsKind kind() {
    return AwsKind.ROUTE_TABLE;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("vpc").inPlace("defaultRoute", "subnets")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (RouteTable t : ctx.clients().ec2().describeRouteTablesPaginator(r -> r.filters(Ec2Tags.stackFilter(ctx))).routeTables()) {
      Optional<String> id = Ec2Tags.owned(t.tags(), ctx);
      if (id.isEmpty()) {
        continue;
      }
      String target = t.routes().stream().filter(r -> ANYWHERE.equals(r.destinationCidrBlock())).findFirst()
          .map(r -> ctx.state().logicalIdOf(targetId(r))).orElse("");
      List<String> subnets = new ArrayList<>();
      Map<String, String> attrs = new HashMap<>();
      for (RouteTableAssociation a : t.associations()) {
        if (a.subnetId() != null) {
          subnets.add(ctx.state().logicalIdOf(a.subnetId()));
          attrs.put("association:" + a.subnetId(), a.routeTableAssociationId());
        }
      }
      out.add(CurrentResource.of(kind(), id.get(), t.routeTableId(),
          Map.of("vpc", ctx.state().logicalIdOf(t.vpcId()), "defaultRoute", target, "subnets", TopologyMapping.list(subnets)), attrs));
    }
    return out;
  }

  private static String targetId(Route r) {
    if (r.natGatewayId() != null) {
      return r.natGatewayId();
    }
    if (r.instanceId() != null) {
      return r.instanceId();
    }
    return r.gatewayId() == null ? "" : r.gatewayId();
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String id = ec2.createRouteTable(r -> r.vpcId(ctx.state().physicalId(d.property("vpc")))
        .tagSpecifications(Ec2Tags.at(ResourceType.ROUTE_TABLE, ctx, d.logicalId()))).routeTable().routeTableId();
    d.optional("defaultRoute").ifPresent(target -> ec2.createRoute(createRoute(id, target, ctx)));
    Map<String, String> attrs = new HashMap<>();
    for (String subnet : TopologyMapping.items(d.property("subnets"))) {
      String subnetId = ctx.state().physicalId(subnet);
      attrs.put("association:" + subnetId, ec2.associateRouteTable(r -> r.routeTableId(id).subnetId(subnetId)).associationId());
    }
    return CurrentResource.of(kind(), d.logicalId(), id,
        Map.of("vpc", d.property("vpc"), "defaultRoute", d.property("defaultRoute"), "subnets", d.property("subnets")), attrs);
  }

  static CreateRouteRequest createRoute(String tableId, String target, HandlerContext ctx) {
    String physical = ctx.state().physicalId(target);
    CreateRouteRequest.Builder b = CreateRouteRequest.builder().routeTableId(tableId).destinationCidrBlock(ANYWHERE);
    if (target.startsWith("nat-gateway/")) {
      b.natGatewayId(physical);
    } else if (target.startsWith("instance/")) {
      b.instanceId(physical);
    } else {
      b.gatewayId(physical);
    }
    return b.build();
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String id = c.physicalId();
    String want = d.property("defaultRoute");
    String have = c.properties().getOrDefault("defaultRoute", "");
    // Also when the target's logical id is unchanged: the update may come from its replacement,
    // which gave it a new physical id.
    if (!want.equals(have) || !want.isEmpty()) {
      if (want.isEmpty()) {
        ec2.deleteRoute(r -> r.routeTableId(id).destinationCidrBlock(ANYWHERE));
      } else if (have.isEmpty()) {
        ec2.createRoute(createRoute(id, want, ctx));
      } else {
        CreateRouteRequest cr = createRoute(id, want, ctx);
        ec2.replaceRoute(ReplaceRouteRequest.builder().routeTableId(id).destinationCidrBlock(ANYWHERE)
            .natGatewayId(cr.natGatewayId()).instanceId(cr.instanceId()).gatewayId(cr.gatewayId()).build());
      }
    }
    Map<String, String> attrs = new HashMap<>(c.attributes());
    List<String> wantSubnets = TopologyMapping.items(d.property("subnets"));
    List<String> haveSubnets = TopologyMapping.items(c.properties().getOrDefault("subnets", ""));
    for (String s : haveSubnets) {
      if (!wantSubnets.contains(s)) {
        String physical = s.startsWith("external:") ? s.substring("external:".length()) : ctx.state().physicalId(s);
        String assoc = attrs.remove("association:" + physical);
        if (assoc != null) {
          ec2.disassociateRouteTable(r -> r.associationId(assoc));
        }
      }
    }
    for (String s : wantSubnets) {
      if (!haveSubnets.contains(s)) {
        String subnetId = ctx.state().physicalId(s);
        attrs.put("association:" + subnetId, ec2.associateRouteTable(r -> r.routeTableId(id).subnetId(subnetId)).associationId());
      }
    }
    return CurrentResource.of(kind(), d.logicalId(), id,
        Map.of("vpc", d.property("vpc"), "defaultRoute", want, "subnets", d.property("subnets")), attrs);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    c.attributes().forEach((k, v) -> {
      if (k.startsWith("association:")) {
        ec2.disassociateRouteTable(r -> r.associationId(v));
      }
    });
    ec2.deleteRouteTable(r -> r.routeTableId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::RouteTable";
  }

  /**
   * A route table, its default route ({@code <id>DefaultRoute}) and one association per subnet
   * ({@code <id>Association<Subnet>}).
   */
  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    String id = cfn.id(r.logicalId());
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    TemplateAssembly.props(res).set("VpcId", cfn.refTo(r.property("vpc")));
    cfn.tags(TemplateAssembly.props(res), r);
    Optional<String> target = r.optional("defaultRoute");
    if (target.isPresent()) {
      ObjectNode route = TemplateAssembly.typed("AWS::EC2::Route");
      ObjectNode p = TemplateAssembly.props(route);
      p.set("RouteTableId", TemplateAssembly.ref(id));
      p.put("DestinationCidrBlock", "0.0.0.0/0");
      DesiredResource to = cfn.stack().get(target.get())
          .orElseThrow(() -> new IllegalStateException(r.logicalId() + " routes to " + target.get() + ", which the stack does not hold"));
      switch (to.kind()) {
        case INTERNET_GATEWAY -> {
          p.set("GatewayId", cfn.refTo(to.logicalId()));
          route.putArray("DependsOn").add(TemplateAssembly.ATTACHMENT);
        }
        case NAT_GATEWAY -> p.set("NatGatewayId", cfn.refTo(to.logicalId()));
        case INSTANCE -> p.set("InstanceId", cfn.refTo(to.logicalId()));
        default -> throw new IllegalStateException(r.logicalId() + " routes to " + to.logicalId() + ", which is no route target");
      }
      cfn.add(id + "DefaultRoute", route);
    }
    for (String subnet : TopologyMapping.items(r.property("subnets"))) {
      ObjectNode assoc = TemplateAssembly.typed("AWS::EC2::SubnetRouteTableAssociation");
      TemplateAssembly.props(assoc).set("RouteTableId", TemplateAssembly.ref(id));
      TemplateAssembly.props(assoc).set("SubnetId", cfn.refTo(subnet));
      cfn.add(id + "Association" + cfn.id(subnet), assoc);
    }
    return Optional.of(res);
  }
}
