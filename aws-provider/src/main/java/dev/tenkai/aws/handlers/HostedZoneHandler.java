package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Lists;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.plan.AwsKind;
import java.util.Set;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.model.DnsZone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceTagSet;
import software.amazon.awssdk.services.route53.model.Tag;
import software.amazon.awssdk.services.route53.model.TagResourceType;

/**
 * A Route 53 public hosted zone. CreateHostedZone takes no tags, so the stack tags are added
 * right after creation (ChangeTagsForResource); an existing zone named in the options is never
 * created, changed or deleted.
 */
public final class HostedZoneHandler implements ResourceHandler {
  /** Route 53's "not yet": an earlier change of the zone is still being applied. */
  static final Set<String> NOT_YET = Set.of("PriorRequestNotComplete");

  /** ListTagsForResources takes at most 10 zones per call. */
  private static final int BATCH = 10;

  @Override
  public AwsKind kind() {
    return AwsKind.HOSTED_ZONE;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("name")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return HostedZoneHandler.NOT_YET;
  }

  /** The zone id without its "/hostedzone/" prefix. */
  static String shortId(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    Route53Client r53 = ctx.clients().route53();
    List<HostedZone> zones = new ArrayList<>();
    r53.listHostedZonesPaginator(r -> { }).hostedZones().forEach(zones::add);
    Map<String, String> owned = new HashMap<>();
    for (List<HostedZone> batch : Lists.partition(zones, BATCH)) {
      List<String> ids = batch.stream().map(z -> shortId(z.id())).collect(Collectors.toList());
      for (ResourceTagSet set : r53.listTagsForResources(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceIds(ids)).resourceTagSets()) {
        Map<String, String> tags = set.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
        StackTags.ownedLogicalId(tags, ctx.stack()).ifPresent(l -> owned.put(shortId(set.resourceId()), l));
      }
    }
    List<CurrentResource> out = new ArrayList<>();
    for (HostedZone z : zones) {
      String l = owned.get(shortId(z.id()));
      if (l == null) {
        // Route 53 cannot tag at creation: a zone whose tagging call never happened (the apply
        // failed, or the answer to CreateHostedZone was lost) is still ours by the comment set in
        // the same call that created it. Without this a re-apply created a second zone.
        l = ownerByComment(z, ctx.stack());
      }
      if (l != null) {
        out.add(CurrentResource.of(kind(), l, shortId(z.id()), Map.of("name", DnsZone.normalize(z.name())), Map.of()));
      }
    }
    return out;
  }

  /** The comment a zone is created with: names its stack and logical id, atomically with the zone. */
  static String comment(String stack, String logicalId) {
    return "Tenkai stack " + stack + " " + logicalId;
  }

  private static String ownerByComment(HostedZone z, String stack) {
    String prefix = "Tenkai stack " + stack + " ";
    String comment = z.config() == null ? null : z.config().comment();
    if (comment == null || !comment.startsWith(prefix)) {
      return null;
    }
    String logicalId = comment.substring(prefix.length());
    return logicalId.startsWith(AwsKind.HOSTED_ZONE.label() + "/") ? logicalId : null;
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    Route53Client r53 = ctx.clients().route53();
    var resp = r53.createHostedZone(r -> r.name(d.property("name")).callerReference(ctx.clientToken(d.logicalId()))
        .hostedZoneConfig(c -> c.comment(comment(ctx.stack(), d.logicalId()))));
    String id = shortId(resp.hostedZone().id());
    List<Tag> tags = ctx.tags(d.logicalId()).entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
    r53.changeTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(id).addTags(tags));
    return CurrentResource.of(kind(), d.logicalId(), id, Map.of("name", d.property("name")),
        Map.of("nameServers", String.join(",", resp.delegationSet().nameServers()), CHANGE, resp.changeInfo().id()));
  }

  /** The attribute holding the id of a Route 53 change not yet known to be in sync. */
  static final String CHANGE = "pendingChange";

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    return inSync(c, ctx);
  }

  /** {@code c} without its pending change once Route 53 reports the change in sync (on every name server); empty before. */
  static Optional<CurrentResource> inSync(CurrentResource c, HandlerContext ctx) {
    Optional<String> change = c.attribute(CHANGE);
    if (change.isPresent() && ctx.clients().route53().getChange(r -> r.id(change.get())).changeInfo().status() != ChangeStatus.INSYNC) {
      return Optional.empty();
    }
    Map<String, String> attrs = new java.util.HashMap<>(c.attributes());
    attrs.remove(CHANGE);
    return Optional.of(CurrentResource.of(c.kind(), c.logicalId(), c.physicalId(), c.properties(), attrs));
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ctx.clients().route53().deleteHostedZone(r -> r.id(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::Route53::HostedZone";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    cfn.existingZoneParameter();
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    res.put("Condition", TemplateAssembly.CREATE_HOSTED_ZONE);
    ObjectNode p = TemplateAssembly.props(res);
    p.put("Name", r.property("name"));
    ArrayNode tags = p.putArray("HostedZoneTags");
    TemplateAssembly.tag(tags, StackTags.STACK, cfn.stack().stack());
    TemplateAssembly.tag(tags, StackTags.LOGICAL_ID, r.logicalId());
    return Optional.of(res);
  }
}
