package dev.tenkai.report.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.SeedPitfallTopologies;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FindingsReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<RulePack> PACKS = List.of(BuiltInRules.all());

  /**
   * The official SARIF 2.1.0 schema (errata 01), copied unchanged from
   * github.com/oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json, commit e0583813.
   */
  private static JsonSchema sarifSchema;

  /** The 2012 variant, its MySQL 5.5 finding suppressed with a reason. */
  private static ValidationResult result2012;

  @BeforeAll
  static void setUp() throws IOException {
    try (InputStream in = FindingsReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    result2012 = Validator.builder()
        .addPack(BuiltInRules.all())
        .suppress("TK-OPS-003", "databases[db]", "the 2012 build is kept as history")
        .build()
        .validate(ReferenceTopologies.of2012());
  }

  @Test
  void textGroupsBySeverityWithFixesAndSuppressionReasons() {
    String text = FindingsReport.text(result2012, false);
    assertThat(text).isEqualTo(String.join("\n",
        "1 error, 1 warning, 0 info, 1 suppressed",
        "",
        "ERROR (1)",
        "  TK-SEC-006  loadBalancers[web-lb]",
        "    load balancer web-lb serves confidential data over plain HTTP only (ports [80])",
        "    fix: Add an HTTPS listener with a certificate (and keep port 80 only to redirect to it).",
        "",
        "WARNING (1)",
        "  TK-AVAIL-005  egress.nats[nat]",
        "    NAT nat (instance) in zone a also routes the private subnets of zones [c]: if zone a or the NAT fails,"
            + " they lose outbound access",
        "    fix: Give every zone its own NAT serving only that zone (a managed NAT gateway per zone).",
        "",
        "SUPPRESSED (1)",
        "  TK-OPS-003  databases[db]  (WARNING)",
        "    database db runs MYSQL 5.5; the oldest supported version (as of 2026-11) is 8.4",
        "    reason: the 2012 build is kept as history",
        ""));
  }

  @Test
  void unusedSuppressionsAreListedInTextAndJson() throws IOException {
    ValidationResult r = Validator.builder().addPack(BuiltInRules.all())
        .suppress("TK-OPS-003", "databases[dbb]", "typo in the path").build()
        .validate(ReferenceTopologies.modern());
    assertThat(FindingsReport.text(r, false))
        .endsWith("\nUNUSED SUPPRESSIONS (1)\n  TK-OPS-003  databases[dbb]  matched no finding\n");
    assertThat(MAPPER.readTree(FindingsReport.json(r)).path("unusedSuppressions").toString())
        .isEqualTo("[{\"ruleId\":\"TK-OPS-003\",\"resource\":\"databases[dbb]\",\"reason\":\"typo in the path\"}]");
  }

  @Test
  void textIsColouredOnlyWhenAsked() {
    assertThat(FindingsReport.text(result2012, false)).doesNotContain("\u001b[");
    String coloured = FindingsReport.text(result2012, true);
    assertThat(coloured).contains("\u001b[1;31mERROR (1)\u001b[0m").contains("\u001b[33mWARNING (1)\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(FindingsReport.text(result2012, false));
  }

  @Test
  void textOfACleanResultSaysSo() {
    ValidationResult clean = Validator.builder().addPack(BuiltInRules.security()).build()
        .validate(ReferenceTopologies.modern());
    assertThat(FindingsReport.text(clean, true)).isEqualTo("No findings.\n");
  }

  @Test
  void jsonHasASummaryAndEveryFinding() throws IOException {
    JsonNode json = MAPPER.readTree(FindingsReport.json(result2012));
    assertThat(json.path("format").asText()).isEqualTo("tenkai-findings");
    assertThat(json.path("summary").toString()).isEqualTo("{\"errors\":1,\"warnings\":1,\"info\":0,\"suppressed\":1}");
    assertThat(json.path("findings")).hasSize(3);
    JsonNode first = json.path("findings").get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("TK-SEC-006");
    assertThat(first.path("severity").asText()).isEqualTo("ERROR");
    assertThat(first.path("resource").asText()).isEqualTo("loadBalancers[web-lb]");
    assertThat(first.path("suppressed").asBoolean()).isFalse();
    assertThat(first.has("suppressionReason")).isFalse();
    JsonNode last = json.path("findings").get(2);
    assertThat(last.path("suppressed").asBoolean()).isTrue();
    assertThat(last.path("suppressionReason").asText()).isEqualTo("the 2012 build is kept as history");
  }

  @Test
  void sarifPassesTheOfficialSchema() throws IOException {
    for (ValidationResult r : List.of(result2012,
        BuiltInRules.validator().validate(SeedPitfallTopologies.pitfalls()),
        BuiltInRules.validator().validate(ReferenceTopologies.modern()))) {
      for (Optional<String> uri : List.of(Optional.<String>empty(), Optional.of("examples/reference-2012.json"))) {
        Set<ValidationMessage> errors = sarifSchema.validate(MAPPER.readTree(FindingsReport.sarif(r, PACKS, uri)));
        assertThat(errors).isEmpty();
      }
    }
  }

  @Test
  void theSchemaCheckCanFail() throws IOException {
    String broken = FindingsReport.sarif(result2012, PACKS).replace("\"level\" : \"error\"", "\"level\" : \"fatal\"");
    assertThat(sarifSchema.validate(MAPPER.readTree(broken))).isNotEmpty();
  }

  @Test
  void sarifDescribesTheRulesAndTheResults() throws IOException {
    JsonNode run = MAPPER.readTree(FindingsReport.sarif(result2012, PACKS, Optional.of("topology.json"))).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules).hasSize(BuiltInRules.all().rules().size());
    JsonNode sec006 = null;
    for (JsonNode rule : rules) {
      if (rule.path("id").asText().equals("TK-SEC-006")) {
        sec006 = rule;
      }
    }
    assertThat(sec006).isNotNull();
    assertThat(sec006.path("shortDescription").path("text").asText()).startsWith("An internet-facing load balancer has only plain-HTTP");
    assertThat(sec006.path("fullDescription").path("text").asText()).contains("confidential data");
    assertThat(sec006.path("help").path("text").asText()).startsWith("Add an HTTPS listener");
    assertThat(sec006.path("defaultConfiguration").path("level").asText()).isEqualTo("error");

    JsonNode results = run.path("results");
    assertThat(results).hasSize(3);
    JsonNode first = results.get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("TK-SEC-006");
    assertThat(rules.get(first.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("TK-SEC-006");
    assertThat(first.path("level").asText()).isEqualTo("error");
    assertThat(first.path("message").path("text").asText())
        .startsWith("load balancer web-lb serves confidential data over plain HTTP only (ports [80])");
    JsonNode location = first.path("locations").get(0);
    assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText()).isEqualTo("loadBalancers[web-lb]");
    assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("topology.json");
    assertThat(first.path("suppressions")).isEmpty();
    assertThat(results.get(1).path("level").asText()).isEqualTo("warning");
    JsonNode suppressed = results.get(2);
    assertThat(suppressed.path("ruleId").asText()).isEqualTo("TK-OPS-003");
    assertThat(suppressed.path("suppressions").get(0).path("justification").asText()).isEqualTo("the 2012 build is kept as history");
    assertThat(suppressed.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
  }

  @Test
  void renderPicksTheFormat() {
    assertThat(FindingsReport.render(ReportFormat.parse("JSON"), result2012, PACKS, true)).isEqualTo(FindingsReport.json(result2012));
    assertThat(FindingsReport.render(ReportFormat.parse("sarif"), result2012, PACKS, true)).isEqualTo(FindingsReport.sarif(result2012, PACKS));
    assertThat(FindingsReport.render(ReportFormat.parse(" text "), result2012, PACKS, true)).isEqualTo(FindingsReport.text(result2012, true));
    assertThatThrownBy(() -> ReportFormat.parse("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'xml'; choose one of text, json, sarif");
  }
}
