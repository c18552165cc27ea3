package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.model.DnsZone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.RRType;

/**
 * A Route 53 record set: the apex as an alias A record to the load balancer (its canonical hosted
 * zone id), sub-domains as a CNAME to its DNS name, or literal values. Records cannot carry tags:
 * in a zone the stack owns, every record but the zone's own SOA and NS is the stack's; in an
 * existing zone, exactly the records the topology names are.
 */
public final class DnsRecordHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.DNS_RECORD;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("name", "type", "hostedZone", "hostedZoneId").inPlace("ttl", "aliasTarget", "valueOf", "values")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return HostedZoneHandler.NOT_YET;
  }

  /** The logical id of the record {@code name} of {@code type}. */
  public static String logicalId(String name, String type) {
    return "dns-record/" + DnsZone.normalize(name.replace("\\052", "*")) + "/" + type;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (CurrentResource zone : ctx.state().all(AwsKind.HOSTED_ZONE)) {
      String apex = zone.properties().get("name");
      for (ResourceRecordSet s : list(ctx, zone.physicalId())) {
        boolean zoneOwn = (s.type() == RRType.SOA || s.type() == RRType.NS) && DnsZone.normalize(s.name()).equals(apex);
        if (!zoneOwn) {
          out.add(read(s, "hostedZone", zone.logicalId(), zone.physicalId(), ctx));
        }
      }
    }
    ctx.options().realization().existingHostedZoneId().ifPresent(zoneId -> {
      for (ResourceRecordSet s : list(ctx, zoneId)) {
        CurrentResource r = read(s, "hostedZoneId", zoneId, zoneId, ctx);
        if (ctx.managedRecords().contains(r.logicalId())) {
          out.add(r);
        }
      }
    });
    return out;
  }

  private static List<ResourceRecordSet> list(HandlerContext ctx, String zoneId) {
    List<ResourceRecordSet> out = new ArrayList<>();
    ctx.clients().route53().listResourceRecordSetsPaginator(r -> r.hostedZoneId(zoneId)).resourceRecordSets().forEach(out::add);
    return out;
  }

  private CurrentResource read(ResourceRecordSet s, String zoneKey, String zoneValue, String zoneId, HandlerContext ctx) {
    Map<String, String> p = new HashMap<>();
    String name = DnsZone.normalize(s.name().replace("\\052", "*"));
    p.put("name", name);
    p.put("type", s.typeAsString());
    p.put(zoneKey, zoneValue);
    // An alias has no TTL of its own; moto answers 0 where AWS answers none.
    p.put("ttl", s.ttl() == null || s.aliasTarget() != null ? "" : s.ttl().toString());
    p.put("aliasTarget", "");
    p.put("valueOf", "");
    p.put("values", "");
    if (s.aliasTarget() != null) {
      p.put("aliasTarget", loadBalancerByDnsName(s.aliasTarget().dnsName(), ctx).orElse("external:" + s.aliasTarget().dnsName()));
    } else {
      List<String> values = s.resourceRecords().stream().map(ResourceRecord::value).collect(Collectors.toList());
      Optional<String> lb = values.size() == 1 ? loadBalancerByDnsName(values.get(0), ctx) : Optional.empty();
      if (lb.isPresent()) {
        p.put("valueOf", lb.get());
      } else {
        p.put("values", String.join(TopologyMapping.LIST_SEPARATOR, values));
      }
    }
    return CurrentResource.of(kind(), logicalId(name, s.typeAsString()), zoneId + "/" + name + "/" + s.typeAsString(), p, Map.of("hostedZoneId", zoneId));
  }

  private static String normalizeDns(String n) {
    String x = DnsZone.normalize(n);
    return x.startsWith("dualstack.") ? x.substring("dualstack.".length()) : x;
  }

  private static Optional<String> loadBalancerByDnsName(String dnsName, HandlerContext ctx) {
    String want = normalizeDns(dnsName);
    return ctx.state().all(AwsKind.LOAD_BALANCER).stream()
        .filter(lb -> lb.attribute("dnsName").map(DnsRecordHandler::normalizeDns).filter(want::equals).isPresent())
        .map(CurrentResource::logicalId)
        .findFirst();
  }

  private static String zoneId(DesiredResource d, HandlerContext ctx) {
    return d.optional("hostedZoneId").orElseGet(() -> ctx.state().physicalId(d.property("hostedZone")));
  }

  /** The record set {@code d} asks for, resolved against the stack's load balancers. */
  static ResourceRecordSet recordSet(DesiredResource d, HandlerContext ctx) {
    ResourceRecordSet.Builder b = ResourceRecordSet.builder().name(d.property("name")).type(RRType.fromValue(d.property("type")));
    Optional<String> alias = d.optional("aliasTarget");
    if (alias.isPresent()) {
      CurrentResource lb = ctx.state().require(alias.get());
      // An alias has no TTL of its own: Route 53 answers with the target's.
      b.aliasTarget(a -> a.dnsName(lb.attribute("dnsName").orElseThrow())
          .hostedZoneId(lb.attribute("canonicalHostedZoneId").orElseThrow())
          .evaluateTargetHealth(true));
      return b.build();
    }
    b.ttl(Long.parseLong(d.optional("ttl").orElse("300")));
    Optional<String> valueOf = d.optional("valueOf");
    if (valueOf.isPresent()) {
      String dns = ctx.state().require(valueOf.get()).attribute("dnsName").orElseThrow().toLowerCase(Locale.ROOT);
      b.resourceRecords(ResourceRecord.builder().value(dns).build());
    } else {
      b.resourceRecords(TopologyMapping.items(d.property("values")).stream().map(v -> ResourceRecord.builder().value(v).build()).collect(Collectors.toList()));
    }
    return b.build();
  }

  /** Submits one change; returns its id (the engine polls it until in sync). */
  private static String change(String zoneId, ChangeAction action, ResourceRecordSet set, String logicalId, HandlerContext ctx) {
    Route53Client r53 = ctx.clients().route53();
    return r53.changeResourceRecordSets(r -> r.hostedZoneId(zoneId)
        .changeBatch(b -> b.comment("Tenkai stack " + ctx.stack() + ": " + logicalId).changes(software.amazon.awssdk.services.route53.model.Change.builder().action(action).resourceRecordSet(set).build()))).changeInfo().id();
  }

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    return HostedZoneHandler.inSync(c, ctx);
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    String zoneId = zoneId(d, ctx);
    // CREATE, not UPSERT: an existing record of that name that Tenkai does not own is an error, not ours to overwrite.
    String change = change(zoneId, ChangeAction.CREATE, recordSet(d, ctx), d.logicalId(), ctx);
    return CurrentResource.of(kind(), d.logicalId(), zoneId + "/" + d.property("name") + "/" + d.property("type"), d.properties(),
        Map.of("hostedZoneId", zoneId, HostedZoneHandler.CHANGE, change));
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    String zoneId = zoneId(d, ctx);
    String change = change(zoneId, ChangeAction.UPSERT, recordSet(d, ctx), d.logicalId(), ctx);
    return CurrentResource.of(kind(), d.logicalId(), c.physicalId(), d.properties(), Map.of("hostedZoneId", zoneId, HostedZoneHandler.CHANGE, change));
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    String zoneId = c.attribute("hostedZoneId").orElseThrow();
    String name = c.properties().get("name");
    String type = c.properties().get("type");
    // DELETE must repeat the record exactly as it is, so it is read again rather than rebuilt.
    Optional<ResourceRecordSet> set = ctx.clients().route53()
        .listResourceRecordSets(r -> r.hostedZoneId(zoneId).startRecordName(name).startRecordType(RRType.fromValue(type)).maxItems("1"))
        .resourceRecordSets().stream()
        .filter(s -> DnsZone.normalize(s.name().replace("\\052", "*")).equals(name) && s.typeAsString().equals(type))
        .findFirst();
    set.ifPresent(s -> change(zoneId, ChangeAction.DELETE, s, c.logicalId(), ctx));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::Route53::RecordSet";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    String zone = r.optional("hostedZone").orElseThrow(() -> new IllegalStateException(r.logicalId() + " names no hosted zone"));
    ObjectNode zoneId = TemplateAssembly.object();
    zoneId.putArray("Fn::If").add(TemplateAssembly.CREATE_HOSTED_ZONE).add(cfn.refTo(zone)).add(TemplateAssembly.ref(TemplateAssembly.EXISTING_ZONE_PARAMETER));
    p.set("HostedZoneId", zoneId);
    p.put("Name", r.property("name") + ".");
    p.put("Type", r.property("type"));
    Optional<String> alias = r.optional("aliasTarget");
    Optional<String> valueOf = r.optional("valueOf");
    if (alias.isPresent()) {
      ObjectNode target = p.putObject("AliasTarget");
      target.set("DNSName", TemplateAssembly.getAtt(cfn.id(alias.get()), "DNSName"));
      target.set("HostedZoneId", TemplateAssembly.getAtt(cfn.id(alias.get()), "CanonicalHostedZoneID"));
      target.put("EvaluateTargetHealth", false);
    } else {
      // Route 53 requires a TTL on a record that is not an alias; the provider's default is 300 s.
      p.put("TTL", r.optional("ttl").orElse("300"));
      ArrayNode values = p.putArray("ResourceRecords");
      if (valueOf.isPresent()) {
        values.add(TemplateAssembly.getAtt(cfn.id(valueOf.get()), "DNSName"));
      } else {
        TopologyMapping.items(r.property("values")).forEach(values::add);
      }
    }
    ObjectNode out = cfn.outputs().putObject(cfn.id(r.logicalId()) + "Name");
    out.put("Description", "Entry point: " + r.property("type") + " record " + r.property("name"));
    out.put("Value", r.property("name"));
    return Optional.of(res);
  }
}
