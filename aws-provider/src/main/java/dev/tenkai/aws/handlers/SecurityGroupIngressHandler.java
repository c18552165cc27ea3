package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;

/**
 * The ingress rules of one security group, exactly as modelled: a source is another role's group
 * (by reference, never its addresses) or a CIDR block, over one protocol and port range. Each
 * rule is tagged, so discovery is one DescribeSecurityGroupRules call by the stack tag.
 */
public final class SecurityGroupIngressHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.SECURITY_GROUP_INGRESS;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("group").inPlace("rules")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return Ec2Tags.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    Map<String, String> groupOf = new TreeMap<>();
    Map<String, Map<String, String>> rulesOf = new TreeMap<>();
    for (SecurityGroupRule r : ctx.clients().ec2().describeSecurityGroupRulesPaginator(q -> q.filters(Ec2Tags.stackFilter(ctx))).securityGroupRules()) {
      Optional<String> id = Ec2Tags.owned(r.tags(), ctx);
      if (id.isEmpty() || Boolean.TRUE.equals(r.isEgress())) {
        continue;
      }
      groupOf.put(id.get(), r.groupId());
      String source = r.referencedGroupInfo() != null && r.referencedGroupInfo().groupId() != null
          ? ctx.state().logicalIdOf(r.referencedGroupInfo().groupId())
          : r.cidrIpv4();
      rulesOf.computeIfAbsent(id.get(), k -> new TreeMap<>()).put(text(r.ipProtocol(), r.fromPort(), r.toPort(), source), r.securityGroupRuleId());
    }
    List<CurrentResource> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> e : rulesOf.entrySet()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      e.getValue().forEach((rule, ruleId) -> attrs.put("rule:" + rule, ruleId));
      String group = groupOf.get(e.getKey());
      out.add(CurrentResource.of(kind(), e.getKey(), group + "/ingress",
          Map.of("group", ctx.state().logicalIdOf(group), "rules", String.join(";", e.getValue().keySet())), attrs));
    }
    return out;
  }

  /** The text form the mapping uses, e.g. {@code tcp:80-80<-security-group/web-lb}. */
  static String text(String ipProtocol, Integer from, Integer to, String source) {
    String proto = "-1".equals(ipProtocol) ? "all" : ipProtocol.toLowerCase(Locale.ROOT);
    String ports = "-1".equals(ipProtocol) ? "0-65535" : from + "-" + to;
    return proto + ":" + ports + "<-" + source;
  }

  /** The permission one text rule grants. */
  static IpPermission permission(String rule, HandlerContext ctx) {
    int arrow = rule.indexOf("<-");
    String[] head = rule.substring(0, arrow).split(":");
    String source = rule.substring(arrow + 2);
    String[] ports = head[1].split("-");
    IpPermission.Builder p = IpPermission.builder();
    if ("all".equals(head[0])) {
      p.ipProtocol("-1");
    } else {
      p.ipProtocol(head[0]).fromPort(Integer.parseInt(ports[0])).toPort(Integer.parseInt(ports[1]));
    }
    if (source.startsWith("security-group/")) {
      p.userIdGroupPairs(UserIdGroupPair.builder().groupId(ctx.state().physicalId(source)).build());
    } else {
      p.ipRanges(IpRange.builder().cidrIp(source).build());
    }
    return p.build();
  }

  private static Set<String> rules(String value) {
    Set<String> out = new TreeSet<>();
    for (String r : value.split(";")) {
      if (!r.isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    String groupId = ctx.state().physicalId(d.property("group"));
    Map<String, String> attrs = authorize(groupId, rules(d.property("rules")), d, ctx);
    return CurrentResource.of(kind(), d.logicalId(), groupId + "/ingress",
        Map.of("group", d.property("group"), "rules", d.property("rules")), attrs);
  }

  private Map<String, String> authorize(String groupId, Set<String> rules, DesiredResource d, HandlerContext ctx) {
    Map<String, String> ids = new LinkedHashMap<>();
    if (rules.isEmpty()) {
      return ids;
    }
    // One call per rule, so each returned rule id is known to belong to its text form.
    for (String rule : rules) {
      var resp = ctx.clients().ec2().authorizeSecurityGroupIngress(r -> r.groupId(groupId)
          .ipPermissions(permission(rule, ctx))
          .tagSpecifications(Ec2Tags.at(ResourceType.SECURITY_GROUP_RULE, ctx, d.logicalId())));
      resp.securityGroupRules().stream().findFirst().ifPresent(x -> ids.put("rule:" + rule, x.securityGroupRuleId()));
    }
    return ids;
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String groupId = ctx.state().physicalId(d.property("group"));
    Set<String> want = rules(d.property("rules"));
    Set<String> have = rules(c.properties().getOrDefault("rules", ""));
    Map<String, String> attrs = new LinkedHashMap<>(c.attributes());
    List<String> revoke = new ArrayList<>();
    for (String r : have) {
      if (!want.contains(r)) {
        Optional.ofNullable(attrs.remove("rule:" + r)).ifPresent(revoke::add);
      }
    }
    if (!revoke.isEmpty()) {
      ec2.revokeSecurityGroupIngress(r -> r.groupId(groupId).securityGroupRuleIds(revoke));
    }
    Set<String> add = new TreeSet<>(want);
    add.removeAll(have);
    attrs.putAll(authorize(groupId, add, d, ctx));
    return CurrentResource.of(kind(), d.logicalId(), c.physicalId(), Map.of("group", d.property("group"), "rules", d.property("rules")), attrs);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    List<String> ids = new ArrayList<>();
    c.attributes().forEach((k, v) -> {
      if (k.startsWith("rule:")) {
        ids.add(v);
      }
    });
    if (!ids.isEmpty()) {
      String groupId = c.physicalId().substring(0, c.physicalId().indexOf('/'));
      ctx.clients().ec2().revokeSecurityGroupIngress(r -> r.groupId(groupId).securityGroupRuleIds(ids));
    }
  }

  @Override
  public String cloudFormationType() {
    return "AWS::EC2::SecurityGroupIngress";
  }

  /**
   * One {@code AWS::EC2::SecurityGroupIngress} per rule ({@code <id>Rule1}, ... in the mapping's
   * sorted rule order): the provider keeps a group's rules as one resource, CloudFormation as one
   * each. Rules live apart from their groups so groups may reference each other.
   */
  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    String id = cfn.id(r.logicalId());
    int n = 0;
    for (String rule : r.property("rules").split(";")) {
      if (rule.isEmpty()) {
        continue;
      }
      TemplateAssembly.IngressRule ir = TemplateAssembly.IngressRule.parse(rule);
      ObjectNode res = TemplateAssembly.typed(cloudFormationType());
      ObjectNode p = TemplateAssembly.props(res);
      p.set("GroupId", TemplateAssembly.getAtt(cfn.id(r.property("group")), "GroupId"));
      p.put("IpProtocol", ir.protocol());
      if (!ir.protocol().equals("-1")) {
        p.put("FromPort", ir.fromPort());
        p.put("ToPort", ir.toPort());
      }
      if (ir.source().contains("/") && Character.isDigit(ir.source().charAt(0))) {
        p.put("CidrIp", ir.source());
      } else {
        p.set("SourceSecurityGroupId", TemplateAssembly.getAtt(cfn.id(ir.source()), "GroupId"));
      }
      p.put("Description", "Tenkai " + cfn.stack().stack() + " " + r.logicalId() + ": " + rule);
      cfn.add(id + "Rule" + (++n), res);
    }
    return Optional.empty();
    }
}
