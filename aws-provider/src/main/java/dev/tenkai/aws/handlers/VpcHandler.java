package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcState;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

/** The VPC, with DNS support and DNS hostnames on. */
public final class VpcHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.VPC;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("cidr").inPlace("dnsHostnames", "dnsSupport")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    List<CurrentResource> out = new ArrayList<>();
    for (Vpc vpc : ec2.describeVpcsPaginator(r -> r.filters(Ec2Tags.stackFilter(ctx))).vpcs()) {
      Optional<String> id = Ec2Tags.owned(vpc.tags(), ctx);
      if (id.isEmpty()) {
        continue;
      }
      // The DNS attributes are only readable one VPC at a time; a stack has one VPC.
      boolean hostnames = ec2.describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES)).enableDnsHostnames().value();
      boolean support = ec2.describeVpcAttribute(r -> r.vpcId(vpc.vpcId()).attribute(VpcAttributeName.ENABLE_DNS_SUPPORT)).enableDnsSupport().value();
      out.add(CurrentResource.of(kind(), id.get(), vpc.vpcId(),
          Map.of("cidr", vpc.cidrBlock(), "dnsHostnames", Boolean.toString(hostnames), "dnsSupport", Boolean.toString(support)),
          Map.of()));
    }
    return out;
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String vpcId = ec2.createVpc(r -> r.cidrBlock(d.property("cidr")).tagSpecifications(Ec2Tags.at(ResourceType.VPC, ctx, d.logicalId()))).vpc().vpcId();
    return CurrentResource.of(kind(), d.logicalId(), vpcId,
        Map.of("cidr", d.property("cidr"), "dnsHostnames", "", "dnsSupport", ""), Map.of());
  }

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    Vpc vpc = ctx.clients().ec2().describeVpcs(r -> r.vpcIds(c.physicalId())).vpcs().get(0);
    return vpc.state() == VpcState.AVAILABLE ? Optional.of(c) : Optional.empty();
  }

  @Override
  public CurrentResource configure(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    setDns(ctx.clients().ec2(), c.physicalId(), d);
    return CurrentResource.of(kind(), d.logicalId(), c.physicalId(),
        Map.of("cidr", d.property("cidr"), "dnsHostnames", d.property("dnsHostnames"), "dnsSupport", d.property("dnsSupport")), Map.of());
  }

  private static void setDns(Ec2Client ec2, String vpcId, DesiredResource d) {
    // One attribute per call: the API refuses both at once.
    ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsSupport(v -> v.value(Boolean.parseBoolean(d.property("dnsSupport")))));
    ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(v -> v.value(Boolean.parseBoolean(d.property("dnsHostnames")))));
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    setDns(ctx.clients().ec2(), c.physicalId(), d);
    return CurrentResource.of(kind(), d.logicalId(), c.physicalId(),
        Map.of("cidr", c.properties().get("cidr"), "dnsHostnames", d.property("dnsHostnames"), "dnsSupport", d.property("dnsSupport")), Map.of());
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    DeleteBlockers.checkVpc(c, ctx);
    ctx.clients().ec2().deleteVpc(r -> r.vpcId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::VPC";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("CidrBlock", r.property("cidr"));
    p.put("EnableDnsHostnames", Boolean.parseBoolean(r.property("dnsHostnames")));
    p.put("EnableDnsSupport", Boolean.parseBoolean(r.property("dnsSupport")));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
