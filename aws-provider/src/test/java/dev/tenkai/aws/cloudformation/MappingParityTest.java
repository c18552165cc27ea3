package dev.tenkai.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Database;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exporter and the provider agree: for the reference deployment and its 2012 variant, the
 * provider's own mapping (called here with the options a real run would pass) and the exported
 * template hold the same kinds and counts, and the key properties (CIDRs, zones, instance types,
 * ports, Multi-AZ, stickiness) match both the mapping and the topology itself.
 */
class MappingParityTest {
  /** The CloudFormation type that realizes each kind, as each kind declares it; the counts of these must agree. */
  private static final Map<AwsKind, String> TYPES = new EnumMap<>(AwsKind.class);

  static {
    for (AwsKind k : AwsKind.values()) {
      if (k != AwsKind.SECURITY_GROUP_INGRESS) {
        TYPES.put(k, dev.tenkai.aws.handlers.ResourceHandlers.standard().of(k).cloudFormationType());
      }
    }
  }

  static List<Topology> deployments() {
    return List.of(ReferenceTopologies.modern(), ReferenceTopologies.of2012());
  }

  /** The provider's mapping as a run would call it: zones as the provider maps them by default. */
  private static DesiredStack provider(Topology t) {
    Map<String, String> zones = new LinkedHashMap<>();
    t.zones().forEach(z -> zones.put(z, t.region() + z));
    AwsOptions options = AwsOptions.builder().image(AwsOptions.DEFAULT_ROLE, "ami-0123456789abcdef0").keyPair("ops").build();
    return TopologyMapping.map(t, ZoneMap.of(zones), options);
  }

  private static Map<String, JsonNode> ofType(ObjectNode template, String type) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    template.get("Resources").properties().forEach(e -> {
      if (e.getValue().get("Type").asText().equals(type)) {
        found.put(e.getKey(), e.getValue());
      }
    });
    return found;
  }

  private static String tag(JsonNode resource, String key) {
    JsonNode props = resource.get("Properties");
    JsonNode tags = props.has("Tags") ? props.get("Tags") : props.get("HostedZoneTags");
    return StreamSupport.stream(tags.spliterator(), false)
        .filter(t -> t.get("Key").asText().equals(key)).map(t -> t.get("Value").asText()).findFirst().orElse("");
  }

  /** A property's value with a Ref to a parameter resolved to the parameter's default. */
  private static String resolved(ObjectNode template, JsonNode value) {
    if (value.has("Ref") && template.get("Parameters").has(value.get("Ref").asText())) {
      return template.get("Parameters").get(value.get("Ref").asText()).get("Default").asText();
    }
    return value.asText();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void everyDesiredResourceIsInTheTemplateUnderItsIdWithItsTags(Topology t) {
    DesiredStack desired = provider(t);
    ObjectNode template = CloudFormationTemplate.of(t).tree();
    LogicalIdScheme ids = LogicalIdScheme.of(desired.resources().keySet());
    JsonNode resources = template.get("Resources");

    Map<AwsKind, Long> desiredCounts = desired.resources().values().stream()
        .collect(Collectors.groupingBy(DesiredResource::kind, () -> new EnumMap<>(AwsKind.class), Collectors.counting()));
    Map<AwsKind, Long> templateCounts = new EnumMap<>(AwsKind.class);
    TYPES.forEach((kind, type) -> {
      long n = ofType(template, type).size();
      if (n > 0) {
        templateCounts.put(kind, n);
      }
    });
    desiredCounts.remove(AwsKind.SECURITY_GROUP_INGRESS); // one per group in the provider, one per rule here: below
    assertThat(templateCounts).as("kinds and counts").isEqualTo(desiredCounts);

    for (DesiredResource r : desired.resources().values()) {
      if (r.kind() == AwsKind.SECURITY_GROUP_INGRESS) {
        continue;
      }
      JsonNode res = resources.get(ids.of(r.logicalId()));
      assertThat(res).as(r.logicalId()).isNotNull();
      assertThat(res.get("Type").asText()).as(r.logicalId()).isEqualTo(TYPES.get(r.kind()));
      if (res.get("Properties").has("Tags") || res.get("Properties").has("HostedZoneTags")) {
        JsonNode props = res.get("Properties");
        Map<String, String> tags = new HashMap<>();
        (props.has("Tags") ? props.get("Tags") : props.get("HostedZoneTags")).forEach(x -> tags.put(x.get("Key").asText(), x.get("Value").asText()));
        assertThat(tags).as("the provider's tags, and only those").isEqualTo(Map.of(StackTags.STACK, t.name(), StackTags.LOGICAL_ID, r.logicalId()));
      }
    }
    // What CloudFormation models apart: one attachment per gateway, one route per default
    // route, one association per subnet in a table, one ingress resource per rule.
    assertThat(ofType(template, "AWS::EC2::VPCGatewayAttachment")).hasSize(desiredCounts.getOrDefault(AwsKind.INTERNET_GATEWAY, 0L).intValue());
    List<DesiredResource> tables = desired.resources().values().stream().filter(r -> r.kind() == AwsKind.ROUTE_TABLE).collect(Collectors.toList());
    assertThat(ofType(template, "AWS::EC2::Route")).hasSize((int) tables.stream().filter(r -> r.optional("defaultRoute").isPresent()).count());
    assertThat(ofType(template, "AWS::EC2::SubnetRouteTableAssociation"))
        .hasSize(tables.stream().mapToInt(r -> TopologyMapping.items(r.property("subnets")).size()).sum());
    List<String> desiredRules = new ArrayList<>();
    desired.resources().values().stream().filter(r -> r.kind() == AwsKind.SECURITY_GROUP_INGRESS).forEach(r -> {
      for (String rule : r.property("rules").split(";")) {
        String[] parts = rule.split("<-");
        String source = parts[1].startsWith("security-group/") ? ids.of(parts[1]) : parts[1];
        String ports = parts[0].startsWith("all:") ? "-1" : parts[0];
        desiredRules.add(ids.of(r.property("group")) + " " + ports + " " + source);
      }
    });
    List<String> templateRules = ofType(template, "AWS::EC2::SecurityGroupIngress").values().stream().map(n -> {
      JsonNode p = n.get("Properties");
      String ports = p.get("IpProtocol").asText().equals("-1") ? "-1"
          : p.get("IpProtocol").asText() + ":" + p.get("FromPort").asInt() + "-" + p.get("ToPort").asInt();
      String source = p.has("CidrIp") ? p.get("CidrIp").asText() : p.get("SourceSecurityGroupId").get("Fn::GetAtt").get(0).asText();
      return p.get("GroupId").get("Fn::GetAtt").get(0).asText() + " " + ports + " " + source;
    }).collect(Collectors.toList());
    assertThat(templateRules).as("ingress rules: ports and sources").containsExactlyInAnyOrderElementsOf(desiredRules);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void networkCidrsAndZonesAgreeWithTheMappingAndTheModel(Topology t) {
    DesiredStack desired = provider(t);
    ObjectNode template = CloudFormationTemplate.of(t).tree();
    LogicalIdScheme ids = LogicalIdScheme.of(desired.resources().keySet());
    JsonNode resources = template.get("Resources");

    assertThat(resources.get("Vpc").get("Properties").get("CidrBlock").asText()).isEqualTo(t.network().cidr());
    t.network().tiers().forEach(tier -> tier.subnets().forEach(s -> {
      JsonNode p = resources.get(ids.of(TopologyMapping.subnetId(tier.name(), s.zone()))).get("Properties");
      assertThat(p.get("CidrBlock").asText()).isEqualTo(s.cidr());
      assertThat(resolved(template, p.get("AvailabilityZone")))
          .isEqualTo(desired.get(TopologyMapping.subnetId(tier.name(), s.zone())).orElseThrow().property("availabilityZone"))
          .isEqualTo(t.region() + s.zone());
    }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void serversAndTheirTypesAndZonesAgree(Topology t) {
    DesiredStack desired = provider(t);
    ObjectNode template = CloudFormationTemplate.of(t).tree();
    LogicalIdScheme ids = LogicalIdScheme.of(desired.resources().keySet());
    JsonNode resources = template.get("Resources");

    for (ServerGroup g : t.serverGroups()) {
      int modelled = t.zones().stream().mapToInt(g::countIn).sum();
      long exported = ofType(template, "AWS::EC2::Instance").values().stream()
          .filter(n -> tag(n, StackTags.LOGICAL_ID).startsWith("instance/" + g.name() + "/")).count();
      assertThat(exported).as("servers of %s", g.name()).isEqualTo(modelled);
    }
    Map<String, String> subnetZone = new HashMap<>();
    desired.resources().values().stream().filter(r -> r.kind() == AwsKind.SUBNET)
        .forEach(r -> subnetZone.put(ids.of(r.logicalId()), r.property("availabilityZone")));
    desired.resources().values().stream().filter(r -> r.kind() == AwsKind.INSTANCE).forEach(r -> {
      JsonNode p = resources.get(ids.of(r.logicalId())).get("Properties");
      assertThat(p.get("InstanceType").asText()).as(r.logicalId()).isEqualTo(r.property("instanceType"));
      assertThat(subnetZone.get(p.get("SubnetId").get("Ref").asText())).as(r.logicalId()).isEqualTo(r.property("availabilityZone"));
      assertThat(p.get("SourceDestCheck").asBoolean()).as(r.logicalId()).isEqualTo(Boolean.parseBoolean(r.property("sourceDestCheck")));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void loadBalancingPortsAndStickinessAgree(Topology t) {
    ObjectNode template = CloudFormationTemplate.of(t).tree();
    LogicalIdScheme ids = LogicalIdScheme.of(provider(t).resources().keySet());
    JsonNode resources = template.get("Resources");

    for (LoadBalancer lb : t.loadBalancers()) {
      JsonNode tg = resources.get(ids.of(TopologyMapping.targetGroupId(lb.name()))).get("Properties");
      Map<String, String> attributes = new HashMap<>();
      tg.get("TargetGroupAttributes").forEach(a -> attributes.put(a.get("Key").asText(), a.get("Value").asText()));
      assertThat(attributes.get("stickiness.enabled")).isEqualTo(Boolean.toString(lb.stickiness().enabled()));
      if (lb.stickiness().enabled()) {
        assertThat(attributes.get("stickiness.lb_cookie.duration_seconds")).isEqualTo(Long.toString(lb.stickiness().duration().toSeconds()));
      }
      assertThat(attributes.get("deregistration_delay.timeout_seconds")).isEqualTo(Long.toString(lb.deregistrationDelay().toSeconds()));
      assertThat(tg.get("HealthCheckPath").asText()).isEqualTo(lb.healthCheck().path());
      int backendPort = t.serverGroup(lb.backends().get(0)).orElseThrow().port();
      assertThat(tg.get("Port").asInt()).isEqualTo(backendPort);
      assertThat(tg.get("Targets")).allSatisfy(x -> assertThat(x.get("Port").asInt()).isEqualTo(backendPort));

      List<Integer> listenerPorts = ofType(template, "AWS::ElasticLoadBalancingV2::Listener").values().stream()
          .filter(l -> l.get("Properties").get("LoadBalancerArn").get("Ref").asText().equals(ids.of(TopologyMapping.loadBalancerId(lb.name()))))
          .map(l -> l.get("Properties").get("Port").asInt()).collect(Collectors.toList());
      assertThat(listenerPorts).containsExactlyInAnyOrderElementsOf(lb.listeners().stream().map(l -> l.port()).collect(Collectors.toList()));
      JsonNode alb = resources.get(ids.of(TopologyMapping.loadBalancerId(lb.name()))).get("Properties");
      assertThat(alb.get("Subnets")).hasSize(lb.zones().size());
      assertThat(alb.get("Scheme").asText()).isEqualTo(lb.internetFacing() ? "internet-facing" : "internal");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void databasesAgreeOnMultiAzClassAndPortWithoutAnyPassword(Topology t) {
    ObjectNode template = CloudFormationTemplate.of(t).tree();
    LogicalIdScheme ids = LogicalIdScheme.of(provider(t).resources().keySet());
    for (Database db : t.databases()) {
      JsonNode p = template.get("Resources").get(ids.of("db-instance/" + db.name())).get("Properties");
      assertThat(p.get("MultiAZ").asBoolean()).isEqualTo(db.standbyZone().isPresent());
      assertThat(p.get("DBInstanceClass").asText()).isEqualTo(db.instanceClass());
      assertThat(p.get("Port").asText()).isEqualTo(Integer.toString(db.port()));
      assertThat(resolved(template, p.get("EngineVersion"))).isEqualTo(db.version());
      assertThat(p.get("ManageMasterUserPassword").asBoolean()).isTrue();
      assertThat(p.has("MasterUserPassword")).isFalse();
      if (db.standbyZone().isEmpty()) {
        assertThat(resolved(template, p.get("AvailabilityZone"))).isEqualTo(t.region() + db.primaryZone());
      }
    }
    assertThat(CloudFormationTemplate.of(t).toJson()).doesNotContainIgnoringCase("\"MasterUserPassword\"");
  }
}
