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
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * An Elastic IP: for a NAT gateway (which takes it by allocation id), or associated with an
 * instance (a NAT instance, the bastion).
 */
public final class ElasticIpHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.ELASTIC_IP;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .inPlace("instance")
        .createOnly("purpose", "Tenkai's note for the plan's reader, not an AWS property")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (Address a : ctx.clients().ec2().describeAddresses(r -> r.filters(Ec2Tags.stackFilter(ctx))).addresses()) {
      Optional<String> id = Ec2Tags.owned(a.tags(), ctx);
      if (id.isPresent()) {
        String instance = a.instanceId() == null || a.instanceId().isEmpty() ? "" : ctx.state().logicalIdOf(a.instanceId());
        out.add(CurrentResource.of(kind(), id.get(), a.allocationId(), Map.of("instance", instance),
            attributes(a.publicIp(), a.associationId())));
      }
    }
    return out;
  }

  private static Map<String, String> attributes(String publicIp, String associationId) {
    return associationId == null ? Map.of("publicIp", publicIp) : Map.of("publicIp", publicIp, "associationId", associationId);
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    var a = ec2.allocateAddress(r -> r.domain(DomainType.VPC).tagSpecifications(Ec2Tags.at(ResourceType.ELASTIC_IP, ctx, d.logicalId())));
    String association = associate(ec2, a.allocationId(), d, ctx);
    return CurrentResource.of(kind(), d.logicalId(), a.allocationId(), Map.of("instance", d.optional("instance").orElse("")),
        attributes(a.publicIp(), association));
  }

  private static String associate(Ec2Client ec2, String allocationId, DesiredResource d, HandlerContext ctx) {
    Optional<String> instance = d.optional("instance");
    if (instance.isEmpty()) {
      return null;
    }
    String instanceId = ctx.state().physicalId(instance.get());
    return ec2.associateAddress(r -> r.allocationId(allocationId).instanceId(instanceId)).associationId();
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    c.attribute("associationId").ifPresent(id -> disassociate(ec2, id));
    String association = associate(ec2, c.physicalId(), d, ctx);
    return CurrentResource.of(kind(), d.logicalId(), c.physicalId(), Map.of("instance", d.optional("instance").orElse("")),
        attributes(c.attribute("publicIp").orElse(""), association));
  }

  /** Ends an association; one whose instance was replaced (terminated) has already ended. */
  private static void disassociate(Ec2Client ec2, String associationId) {
    try {
      ec2.disassociateAddress(r -> r.associationId(associationId));
    } catch (software.amazon.awssdk.services.ec2.model.Ec2Exception e) {
      String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
      if (!code.equals("InvalidAssociationID.NotFound")) {
        throw e;
      }
    }
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    if (!c.properties().getOrDefault("instance", "").isEmpty()) {
      c.attribute("associationId").ifPresent(id -> disassociate(ec2, id));
    }
    ec2.releaseAddress(r -> r.allocationId(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::EIP";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("Domain", "vpc");
    r.optional("instance").ifPresent(i -> p.set("InstanceId", cfn.refTo(i)));
    cfn.tags(p, r);
    // An address in a VPC is only usable once the VPC reaches the internet.
    if (cfn.stack().get("internet-gateway").isPresent()) {
      res.putArray("DependsOn").add(TemplateAssembly.ATTACHMENT);
    }
    return Optional.of(res);
  }
}
