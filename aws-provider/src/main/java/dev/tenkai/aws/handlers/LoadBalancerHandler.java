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
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerStateEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;

/** An application load balancer across the subnets of the zones it serves. */
public final class LoadBalancerHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.LOAD_BALANCER;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("name", "scheme")
        .createOnly("realizes", "Tenkai's note for the plan's reader, not an AWS property").inPlace("subnets", "securityGroups")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return ElbTags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<LoadBalancer> all = new ArrayList<>();
    ctx.clients().elb().describeLoadBalancersPaginator(r -> { }).loadBalancers().forEach(all::add);
    Map<String, String> owned = ElbTags.owned(all.stream().map(LoadBalancer::loadBalancerArn).collect(Collectors.toList()), ctx);
    List<CurrentResource> out = new ArrayList<>();
    for (LoadBalancer lb : all) {
      String id = owned.get(lb.loadBalancerArn());
      if (id != null) {
        out.add(read(id, lb, ctx));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, LoadBalancer lb, HandlerContext ctx) {
    Map<String, String> props = new HashMap<>();
    props.put("name", lb.loadBalancerName());
    props.put("scheme", lb.schemeAsString());
    props.put("subnets", TopologyMapping.list(lb.availabilityZones().stream().map(AvailabilityZone::subnetId).map(ctx.state()::logicalIdOf).collect(Collectors.toList())));
    props.put("securityGroups", TopologyMapping.list(lb.securityGroups().stream().map(ctx.state()::logicalIdOf).collect(Collectors.toList())));
    Map<String, String> attrs = new HashMap<>();
    attrs.put("dnsName", lb.dnsName());
    attrs.put("canonicalHostedZoneId", lb.canonicalHostedZoneId());
    attrs.put("zones", lb.availabilityZones().stream().map(AvailabilityZone::zoneName).sorted().collect(Collectors.joining(",")));
    return CurrentResource.of(kind(), logicalId, lb.loadBalancerArn(), props, attrs);
  }

  private static List<String> physical(String list, HandlerContext ctx) {
    return TopologyMapping.items(list).stream().map(ctx.state()::physicalId).collect(Collectors.toList());
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    LoadBalancer lb = elb.createLoadBalancer(r -> r
        .name(d.property("name"))
        .type(LoadBalancerTypeEnum.APPLICATION)
        .scheme(LoadBalancerSchemeEnum.fromValue(d.property("scheme")))
        .subnets(physical(d.property("subnets"), ctx))
        .securityGroups(physical(d.property("securityGroups"), ctx))
        .tags(ElbTags.tags(ctx, d.logicalId()))).loadBalancers().get(0);
    return read(d.logicalId(), lb, ctx);
  }

  private static Optional<LoadBalancer> describe(CurrentResource c, HandlerContext ctx) {
    try {
      return ctx.clients().elb().describeLoadBalancers(r -> r.loadBalancerArns(c.physicalId())).loadBalancers().stream().findFirst();
    } catch (LoadBalancerNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    LoadBalancer lb = describe(c, ctx).orElse(null);
    if (lb == null || lb.state() == null || lb.state().code() == LoadBalancerStateEnum.PROVISIONING) {
      return Optional.empty();
    }
    if (lb.state().code() == LoadBalancerStateEnum.FAILED) {
      throw new IllegalStateException(c.logicalId() + " failed: " + lb.state().reason());
    }
    return Optional.of(read(c.logicalId(), lb, ctx));
  }

  @Override
  public boolean gone(CurrentResource c, HandlerContext ctx) {
    return describe(c, ctx).isEmpty();
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    if (!d.property("subnets").equals(c.properties().get("subnets"))) {
      elb.setSubnets(r -> r.loadBalancerArn(c.physicalId()).subnets(physical(d.property("subnets"), ctx)));
    }
    if (!d.property("securityGroups").equals(c.properties().get("securityGroups"))) {
      elb.setSecurityGroups(r -> r.loadBalancerArn(c.physicalId()).securityGroups(physical(d.property("securityGroups"), ctx)));
    }
    LoadBalancer lb = elb.describeLoadBalancers(r -> r.loadBalancerArns(c.physicalId())).loadBalancers().get(0);
    return read(d.logicalId(), lb, ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    elb.deleteLoadBalancer(r -> r.loadBalancerArn(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::ElasticLoadBalancingV2::LoadBalancer";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("Name", r.property("name"));
    p.put("Type", "application");
    p.put("Scheme", r.property("scheme"));
    p.set("Subnets", cfn.refs(r.property("subnets")));
    ArrayNode groups = p.putArray("SecurityGroups");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(TemplateAssembly.getAtt(cfn.id(g), "GroupId")));
    cfn.tags(p, r);
    String id = cfn.id(r.logicalId());
    ObjectNode out = cfn.outputs().putObject(id + "DnsName");
    out.put("Description", "The DNS name of load balancer " + r.logicalId() + " (" + r.property("realizes") + ")");
    out.set("Value", TemplateAssembly.getAtt(id, "DNSName"));
    return Optional.of(res);
  }
}
