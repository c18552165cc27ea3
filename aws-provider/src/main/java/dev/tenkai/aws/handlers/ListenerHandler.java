package dev.tenkai.aws.handlers;

import java.util.Optional;
import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;

/**
 * A listener forwarding to the load balancer's target group. Listeners belong to an owned load
 * balancer, so discovery asks per owned load balancer (the API has no other way to list them).
 */
public final class ListenerHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.LISTENER;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("loadBalancer").inPlace("protocol", "port", "certificate", "targetGroup")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return ElbTags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (CurrentResource lb : ctx.state().all(AwsKind.LOAD_BALANCER)) {
      String lbName = lb.logicalId().substring(lb.logicalId().indexOf('/') + 1);
      for (Listener l : ctx.clients().elb().describeListenersPaginator(r -> r.loadBalancerArn(lb.physicalId())).listeners()) {
        out.add(read("listener/" + lbName + "/" + l.port(), l, lb.logicalId(), ctx));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, Listener l, String lbLogicalId, HandlerContext ctx) {
    Map<String, String> props = new HashMap<>();
    props.put("protocol", l.protocolAsString());
    props.put("port", Integer.toString(l.port()));
    props.put("loadBalancer", lbLogicalId);
    props.put("certificate", l.certificates().stream().findFirst().map(Certificate::certificateArn).orElse(""));
    props.put("targetGroup", l.defaultActions().stream().findFirst().map(Action::targetGroupArn).map(ctx.state()::logicalIdOf).orElse(""));
    return CurrentResource.of(kind(), logicalId, l.listenerArn(), props, Map.of());
  }

  private static Action forward(DesiredResource d, HandlerContext ctx) {
    return Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(ctx.state().physicalId(d.property("targetGroup"))).build();
  }

  /** The request that creates {@code d}: tagged, forwarding to its target group. */
  static CreateListenerRequest createRequest(DesiredResource d, HandlerContext ctx) {
    CreateListenerRequest.Builder b = CreateListenerRequest.builder()
        .loadBalancerArn(ctx.state().physicalId(d.property("loadBalancer")))
        .protocol(ProtocolEnum.fromValue(d.property("protocol")))
        .port(Integer.parseInt(d.property("port")))
        .defaultActions(forward(d, ctx))
        .tags(ElbTags.tags(ctx, d.logicalId()));
    d.optional("certificate").ifPresent(c -> b.certificates(Certificate.builder().certificateArn(c).build()));
    return b.build();
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Listener l = ctx.clients().elb().createListener(createRequest(d, ctx)).listeners().get(0);
    return read(d.logicalId(), l, d.property("loadBalancer"), ctx);
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    ElasticLoadBalancingV2Client elb = ctx.clients().elb();
    ModifyListenerRequest.Builder b = ModifyListenerRequest.builder()
        .listenerArn(c.physicalId())
        .protocol(ProtocolEnum.fromValue(d.property("protocol")))
        .port(Integer.parseInt(d.property("port")))
        .defaultActions(forward(d, ctx));
    d.optional("certificate").ifPresent(cert -> b.certificates(Certificate.builder().certificateArn(cert).build()));
    Listener l = elb.modifyListener(b.build()).listeners().get(0);
    return read(d.logicalId(), l, d.property("loadBalancer"), ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ctx.clients().elb().deleteListener(r -> r.listenerArn(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::ElasticLoadBalancingV2::Listener";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.set("LoadBalancerArn", cfn.refTo(r.property("loadBalancer")));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.put("Protocol", r.property("protocol"));
    Optional<String> certificate = r.optional("certificate");
    if (certificate.isPresent()) {
      String name = cfn.id(r.logicalId()) + "CertificateArn";
      ObjectNode param = cfn.parameters().putObject(name);
      param.put("Type", "String");
      if (certificate.get().startsWith("arn:")) {
        param.put("Default", certificate.get());
      }
      param.put("Description", "The ACM certificate ARN of " + r.logicalId() + " (the model's reference: " + certificate.get() + ")");
      p.putArray("Certificates").addObject().set("CertificateArn", TemplateAssembly.ref(name));
    }
    ObjectNode action = p.putArray("DefaultActions").addObject();
    action.put("Type", "forward");
    action.set("TargetGroupArn", cfn.refTo(r.property("targetGroup")));
    return Optional.of(res);
  }
}
