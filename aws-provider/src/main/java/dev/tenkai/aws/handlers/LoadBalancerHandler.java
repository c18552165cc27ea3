package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;

/** An application load balancer across the subnets of the zones it serves. */
public final class LoadBalancerHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.LOAD_BALANCER;
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
    ctx.waitingFor(d.logicalId() + " to be active");
    elb.waiter().waitUntilLoadBalancerAvailable(r -> r.loadBalancerArns(lb.loadBalancerArn()), ctx.waiting());
    return read(d.logicalId(), lb, ctx);
  }

  @Override
  public Set<String> updatable() {
    return Set.of("subnets", "securityGroups");
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
    ctx.waitingFor(c.logicalId() + " to be deleted");
    elb.waiter().waitUntilLoadBalancersDeleted(r -> r.loadBalancerArns(c.physicalId()), ctx.waiting());
  }
}
