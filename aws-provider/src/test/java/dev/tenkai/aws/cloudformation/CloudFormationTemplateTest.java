package dev.tenkai.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudFormationTemplateTest {
  private static final Topology MODERN = ReferenceTopologies.modern();

  private static List<String> texts(JsonNode node) {
    List<String> all = new ArrayList<>();
    if (node.isTextual()) {
      all.add(node.asText());
    }
    node.forEach(n -> all.addAll(texts(n)));
    return all;
  }

  private static List<JsonNode> ofType(ObjectNode template, String type) {
    List<JsonNode> found = new ArrayList<>();
    template.get("Resources").forEach(r -> {
      if (r.get("Type").asText().equals(type)) {
        found.add(r);
      }
    });
    return found;
  }

  @Test
  void zoneNamesAreParametersNeverLiteralsInResources() {
    ObjectNode t = CloudFormationTemplate.of(MODERN).tree();
    for (String zone : MODERN.zones()) {
      String name = MODERN.region() + zone;
      assertThat(texts(t.get("Resources"))).as("resources").noneMatch(s -> s.contains(name));
      JsonNode p = t.get("Parameters").get("Zone" + zone.toUpperCase(java.util.Locale.ROOT));
      assertThat(p.get("Type").asText()).isEqualTo("AWS::EC2::AvailabilityZone::Name");
      assertThat(p.get("Default").asText()).isEqualTo(name);
    }
    assertThat(ofType(t, "AWS::EC2::Subnet")).allSatisfy(s -> assertThat(s.get("Properties").get("AvailabilityZone").get("Ref").asText()).startsWith("Zone"));
  }

  @Test
  void aZoneOptionChangesOnlyTheParameterDefaultAndAnUnknownZoneIsRefusedNamingIt() {
    ObjectNode t = CloudFormationTemplate.of(MODERN, ExportOption.zoneName("c", "ap-northeast-1d")).tree();
    assertThat(t.get("Parameters").get("ZoneC").get("Default").asText()).isEqualTo("ap-northeast-1d");
    assertThat(t.get("Resources")).isEqualTo(CloudFormationTemplate.of(MODERN).tree().get("Resources"));
    assertThatThrownBy(() -> CloudFormationTemplate.of(MODERN, ExportOption.zoneName("q", "ap-northeast-1d")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'q'").hasMessageContaining(MODERN.name());
  }

  @Test
  void imagesAreOneParameterPerRoleFromSsmByDefaultOrPlainIds() {
    ObjectNode ssm = CloudFormationTemplate.of(MODERN).tree();
    assertThat(ssm.get("Parameters").get("WebImageId").get("Type").asText()).isEqualTo("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
    assertThat(ssm.get("Parameters").get("WebImageId").get("Default").asText()).isEqualTo(ExportOption.AL2023_SSM_PATH);
    assertThat(ofType(ssm, "AWS::EC2::Instance")).allSatisfy(i -> assertThat(i.get("Properties").get("ImageId").get("Ref").asText()).endsWith("ImageId"));
    assertThat(ssm.toString()).doesNotContain(TemplateAssembly.IMAGE_PLACEHOLDER);

    ObjectNode custom = CloudFormationTemplate.of(MODERN, ExportOption.imageSsmPath("/my/images/web")).tree();
    assertThat(custom.get("Parameters").get("WebImageId").get("Default").asText()).isEqualTo("/my/images/web");

    ObjectNode ids = CloudFormationTemplate.of(MODERN, ExportOption.imageIdParameters()).tree();
    assertThat(ids.get("Parameters").get("WebImageId").get("Type").asText()).isEqualTo("AWS::EC2::Image::Id");
    assertThat(ids.get("Parameters").get("WebImageId").has("Default")).isFalse();
  }

  @Test
  void keyPairAndExistingHostedZoneAreOptionalParametersWithConditions() {
    ObjectNode t = CloudFormationTemplate.of(MODERN).tree();
    assertThat(t.get("Parameters").get("KeyPairName").get("Default").asText()).isEmpty();
    assertThat(ofType(t, "AWS::EC2::Instance")).allSatisfy(i ->
        assertThat(i.get("Properties").get("KeyName").get("Fn::If").get(0).asText()).isEqualTo("HasKeyPair"));
    assertThat(t.get("Conditions").has("HasKeyPair")).isTrue();
    assertThat(ofType(t, "AWS::Route53::HostedZone")).singleElement()
        .satisfies(z -> assertThat(z.get("Condition").asText()).isEqualTo("CreateHostedZone"));
    assertThat(ofType(t, "AWS::Route53::RecordSet")).isNotEmpty().allSatisfy(r -> {
      JsonNode zoneId = r.get("Properties").get("HostedZoneId").get("Fn::If");
      assertThat(zoneId.get(0).asText()).isEqualTo("CreateHostedZone");
      assertThat(zoneId.get(2).get("Ref").asText()).isEqualTo("ExistingHostedZoneId");
    });
  }

  @Test
  void theApexIsAnAliasToTheLoadBalancerAndItsDnsNameIsAnOutput() {
    ObjectNode t = CloudFormationTemplate.of(MODERN).tree();
    JsonNode apex = t.get("Resources").get("DnsRecordExampleJpA").get("Properties");
    assertThat(apex.get("AliasTarget").get("HostedZoneId").get("Fn::GetAtt").toString()).isEqualTo("[\"LoadBalancerWebLb\",\"CanonicalHostedZoneID\"]");
    assertThat(apex.get("AliasTarget").get("DNSName").get("Fn::GetAtt").toString()).isEqualTo("[\"LoadBalancerWebLb\",\"DNSName\"]");
    assertThat(apex.has("TTL")).isFalse();
    assertThat(t.get("Outputs").get("LoadBalancerWebLbDnsName").get("Value").get("Fn::GetAtt").get(0).asText()).isEqualTo("LoadBalancerWebLb");
    assertThat(t.get("Outputs").get("DnsRecordExampleJpAName").get("Value").asText()).isEqualTo("example.jp");
  }

  @Test
  void theDatabasePasswordIsManagedByAwsAndAppearsNowhere() {
    String json = CloudFormationTemplate.of(MODERN).toJson();
    assertThat(json).contains("\"ManageMasterUserPassword\" : true").doesNotContain("\"MasterUserPassword\"");
  }

  @Test
  void jsonAndYamlAreTheSameTemplateAndTheExportIsDeterministic() throws Exception {
    CloudFormationTemplate t = CloudFormationTemplate.of(ReferenceTopologies.of2012());
    JsonNode fromJson = new ObjectMapper().readTree(t.toJson());
    JsonNode fromYaml = new YAMLMapper().readTree(t.toYaml());
    assertThat(fromYaml).isEqualTo(fromJson).isEqualTo(t.tree());
    assertThat(CloudFormationTemplate.of(ReferenceTopologies.of2012()).toJson()).isEqualTo(t.toJson());
  }

  @Test
  void everyReferenceNamesAResourceOrAParameter() {
    for (Topology topology : List.of(MODERN, ReferenceTopologies.of2012())) {
      ObjectNode t = CloudFormationTemplate.of(topology).tree();
      java.util.Set<String> refs = new java.util.LinkedHashSet<>();
      TemplateAssembly.references(t, refs);
      java.util.Set<String> known = new java.util.HashSet<>();
      t.get("Resources").fieldNames().forEachRemaining(known::add);
      t.get("Parameters").fieldNames().forEachRemaining(known::add);
      known.add("AWS::NoValue");
      assertThat(refs).as(topology.name()).isSubsetOf(known);
      t.get("Resources").forEach(r -> {
        if (r.has("DependsOn")) {
          r.get("DependsOn").forEach(d -> assertThat(known).contains(d.asText()));
        }
      });
    }
  }

  @Test
  void tagsMatchTheProvidersOwnershipTags() {
    ObjectNode t = CloudFormationTemplate.of(MODERN).tree();
    JsonNode subnet = t.get("Resources").get("SubnetPrivateC").get("Properties").get("Tags");
    assertThat(subnet).anySatisfy(x -> assertThat(Map.of(x.get("Key").asText(), x.get("Value").asText()))
        .isEqualTo(Map.of("tenkai:logical-id", "subnet/private/c")));
    assertThat(subnet).anySatisfy(x -> assertThat(Map.of(x.get("Key").asText(), x.get("Value").asText()))
        .isEqualTo(Map.of("tenkai:stack", MODERN.name())));
  }
}
