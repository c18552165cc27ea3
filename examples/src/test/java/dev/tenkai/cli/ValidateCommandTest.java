package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> ruleIds(String jsonReport) throws Exception {
    List<String> ids = new ArrayList<>();
    JsonNode root = JSON.readTree(jsonReport);
    root.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
    return ids;
  }

  @Test
  void theModernReferenceIsCleanWithExitCode0() {
    CommandRun run = CommandRun.of("validate", "--example", "reference", "--no-color");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("No findings.");
  }

  @Test
  void the2012VariantHasAnErrorAndExitCode2() {
    CommandRun run = CommandRun.of("validate", "--example", "reference-2012", "--no-color");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains("TK-SEC-006", "TK-AVAIL-005", "TK-OPS-003").doesNotContain("\u001b[");
  }

  @Test
  void everyPlantedPitfallIsFoundThroughTheCommand() throws Exception {
    CommandRun run = CommandRun.of("validate", "--example", "pitfalls", "--format", "json");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(ruleIds(run.out)).contains(
        "TK-LB-001", // stickiness with one backend per zone
        "TK-LB-003", // all-at-once restart
        "TK-LB-004", // health check gives up before the boot ends
        "TK-DNS-001", // CNAME at the apex
        "TK-AVAIL-005", // a single NAT instance for every zone
        "TK-CACHE-001", // memcached asked for more than 30 days
        "TK-OPS-001"); // burstable class under steady load
  }

  @Test
  void warningsFailOnlyWhenAsked() {
    CommandRun warnOnly = CommandRun.of("validate", "--example", "reference-2012", "--suppress",
        "TK-SEC-006@loadBalancers[web-lb]=internal beta, HTTPS before launch", "--no-color");
    assertThat(warnOnly.exitCode).isZero();
    assertThat(warnOnly.out).contains("suppressed").contains("internal beta, HTTPS before launch");
    CommandRun strict = CommandRun.of("validate", "--example", "reference-2012", "--suppress",
        "TK-SEC-006@loadBalancers[web-lb]=internal beta, HTTPS before launch", "--fail-on-warnings");
    assertThat(strict.exitCode).isEqualTo(1);
  }

  @Test
  void aSuppressionWithoutAReasonIsRefused() {
    CommandRun run = CommandRun.of("validate", "--example", "reference-2012", "--suppress", "TK-SEC-006@loadBalancers[web-lb]= ");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("needs a written reason").doesNotContain("Exception");
  }

  @Test
  void aSuppressionNamingAFirewallRuleByItsOldIndexSaysWhatToWriteInstead() {
    CommandRun run = CommandRun.of("validate", "--example", "reference-2012", "--suppress", "TK-SEC-001@firewallRules[2]=known");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("'firewallRules[2]' names firewall rule 2 by its position")
        .contains("firewall/web-lb->web:80").doesNotContain("Exception");
  }

  @Test
  void aSuppressionOfARetiredAwsRuleCarriesOverToTheBuiltInRuleThatReportsTheProblem() {
    CommandRun run = CommandRun.of("validate", "--example", "reference-2012", "--aws", "--format", "json",
        "--suppress", "AWS-025@dnsZones[example.jp].records[example.jp A]=not the problem here");
    assertThat(run.err).doesNotContain("unknown rule");
    assertThat(run.out).contains("\"unusedSuppressions\"");
    assertThat(run.out.substring(run.out.indexOf("\"unusedSuppressions\"")))
        .contains("TK-DNS-003").contains("not the problem here").doesNotContain("AWS-025");
  }

  @Test
  void severityCanBeRaised() {
    CommandRun run = CommandRun.of("validate", "--example", "reference-2012", "--severity", "TK-OPS-003=error", "--format", "json");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).contains("\"TK-OPS-003\"");
  }

  @Test
  void sarifIsProduced() throws Exception {
    CommandRun run = CommandRun.of("validate", "--example", "pitfalls", "--format", "sarif");
    JsonNode sarif = JSON.readTree(run.out);
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("runs").get(0).path("results").size()).isGreaterThan(5);
  }

  @Test
  void theAwsPackAddsAwsConstraints() throws Exception {
    CommandRun run = CommandRun.of("validate", "--example", "reference-2012", "--aws", "--format", "json");
    assertThat(ruleIds(run.out)).contains("AWS-016", "AWS-022");
    assertThat(CommandRun.of("validate", "--example", "reference", "--aws").exitCode).isZero();
  }

  @Test
  void unknownPackOrFormatIsAUsageError() {
    CommandRun pack = CommandRun.of("validate", "--pack", "nope");
    assertThat(pack.exitCode).isEqualTo(2);
    assertThat(pack.err).contains("unknown pack 'nope'");
    CommandRun format = CommandRun.of("validate", "--format", "xml");
    assertThat(format.exitCode).isEqualTo(2);
    assertThat(format.err).contains("--format");
  }
}
