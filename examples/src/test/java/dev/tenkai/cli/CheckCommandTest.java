package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.json.TopologyJson;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theModernReferenceIsCleanAndEveryAnalysisIsInTheOneReport() {
    CommandRun run = CommandRun.of("check", "--example", "reference", "--no-color");
    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("== Validation ==", "No findings.")
        .contains("== Every single zone ==", "Failure of zone a", "Failure of zone c")
        .contains("Single points of failure", "bastion unreachable")
        .contains("== Restarts", "1 of 1 keep", "web: batches of 1, 4 batches, at least 3 of 4 in service, needs 2")
        .contains("no broken guarantee", "exit 0: clean")
        // Two zones: a pair is the whole region, nobody claims to survive it.
        .doesNotContain("pair of zones");
  }

  @Test
  void thePitfallsFailWithTheirFindingsAndTheBrokenRestart() {
    CommandRun run = CommandRun.of("check", "--example", "pitfalls", "--no-color");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out)
        .contains("TK-LB-003")
        .contains("- restart of web (all at once, in place): no server in service for")
        .contains("exit 2: errors or broken guarantees");
  }

  @Test
  void aBrokenGuaranteeAloneExits2EvenWhenEveryRuleIsSuppressed() throws Exception {
    // The web group needs all 4 of its servers: a zone failure leaves 2 and a restart 3.
    Topology modern = ReferenceDeployment.modern();
    ServerGroup web = modern.serverGroup("web").orElseThrow();
    Path file = write(ImmutableTopology.copyOf(modern).withServerGroups(ImmutableServerGroup.copyOf(web).withMinimumInService(4)));
    CommandRun validate = CommandRun.of("validate", "--file", file.toString(), "--format", "json");
    List<String> args = new ArrayList<>(List.of("check", "--file", file.toString(), "--format", "json"));
    for (JsonNode f : JSON.readTree(validate.out).path("findings")) {
      args.add("--suppress");
      args.add(f.path("ruleId").asText() + "@" + f.path("resource").asText() + "=accepted for this test");
    }
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    JsonNode root = JSON.readTree(run.out);
    assertThat(root.path("validation").path("findings").findValues("suppressed"))
        .allMatch(JsonNode::asBoolean);
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(root.path("exitCode").asInt()).isEqualTo(2);
    List<String> broken = new ArrayList<>();
    root.path("brokenGuarantees").forEach(b -> broken.add(b.asText()));
    assertThat(broken).contains(
        "zone a fails: web keeps 2 of 4 servers, the service needs 4",
        "zone c fails: web keeps 2 of 4 servers, the service needs 4",
        "restart of web (batches of 1, in place): 3 of 4 servers in service, below the needed 4 for 80 s");
  }

  @Test
  void warningsFailOnlyWhenAsked() {
    String[] base = {"check", "--example", "reference-2012", "--no-color", "--suppress",
        "TK-SEC-006@loadBalancers[web-lb]=internal beta, HTTPS before launch"};
    CommandRun relaxed = CommandRun.of(base);
    assertThat(relaxed.out).contains("no broken guarantee");
    assertThat(relaxed.exitCode).isZero();
    List<String> strict = new ArrayList<>(List.of(base));
    strict.add("--fail-on-warnings");
    assertThat(CommandRun.of(strict.toArray(String[]::new)).exitCode).isEqualTo(1);
  }

  @Test
  void jsonHoldsEachPartInItsOwnCommandsFormat() throws Exception {
    CommandRun run = CommandRun.of("check", "--example", "wide", "--groups", "5", "--format", "json");
    assertThat(run.exitCode).isZero();
    JsonNode root = JSON.readTree(run.out);
    assertThat(root.path("format").asText()).isEqualTo("tenkai-check");
    assertThat(root.path("exitCode").asInt()).isZero();
    assertThat(root.path("brokenGuarantees")).isEmpty();
    assertThat(root.path("validation").has("findings")).isTrue();
    assertThat(root.path("zones").path("format").asText()).isEqualTo("tenkai-analysis");
    assertThat(root.path("restarts")).hasSize(6);
    assertThat(root.path("restarts").get(5).path("group").asText()).isEqualTo("svc-4");
    assertThat(root.has("pairs")).isFalse();
  }

  @Test
  void sarifAddsTheBrokenGuaranteesToTheValidationsRun() throws Exception {
    CommandRun run = CommandRun.of("check", "--example", "pitfalls", "--format", "sarif");
    assertThat(run.exitCode).isEqualTo(2);
    JsonNode sarif = JSON.readTree(run.out).path("runs").get(0);
    List<String> ruleIds = new ArrayList<>();
    sarif.path("tool").path("driver").path("rules").forEach(r -> ruleIds.add(r.path("id").asText()));
    assertThat(ruleIds).contains("TK-LB-003", CheckReport.GUARANTEE_RULE);
    List<String> resultRules = new ArrayList<>();
    sarif.path("results").forEach(r -> resultRules.add(r.path("ruleId").asText()));
    assertThat(resultRules).contains("TK-LB-003", CheckReport.GUARANTEE_RULE);
    JsonNode guarantee = null;
    for (JsonNode r : sarif.path("results")) {
      if (r.path("ruleId").asText().equals(CheckReport.GUARANTEE_RULE)) {
        guarantee = r;
      }
    }
    assertThat(guarantee.path("level").asText()).isEqualTo("error");
    assertThat(ruleIds.get(guarantee.path("ruleIndex").asInt())).isEqualTo(CheckReport.GUARANTEE_RULE);
  }

  @Test
  void threeZonesAddEveryPairReportedNotJudged() throws Exception {
    Path file = write(ImmutableTopology.copyOf(ReferenceDeployment.modern()).withZones("a", "c", "d"));
    CommandRun run = CommandRun.of("check", "--file", file.toString(), "--no-color");
    assertThat(run.out).contains("== Every pair of zones (reported, not judged) ==", "zones a, c", "zones c, d");
    String pairs = run.out.substring(run.out.indexOf("== Every pair"), run.out.indexOf("== Restarts"));
    assertThat(pairs).contains("Failure of zones a, c", "Failure of zones a, d", "Failure of zones c, d")
        .doesNotContain("Single points of failure");
    assertThat(run.exitCode).isZero();
  }

  @Test
  void theWideExampleTakesItsSizeFromGroupsAndNothingElseDoes() {
    CommandRun run = CommandRun.of("check", "--example", "wide", "--groups", "40", "--no-color");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("tenkai check: wide, 2 zones, 47 resources", "41 of 41 keep");
    CommandRun misplaced = CommandRun.of("check", "--example", "reference", "--groups", "3");
    assertThat(misplaced.exitCode).isEqualTo(2);
    assertThat(misplaced.err).contains("--groups applies only to --example wide");
    assertThat(CommandRun.of("check", "--example", "wide", "--groups", "-1").err).contains("must not be negative, got -1");
    assertThat(CommandRun.of("check", "--format", "xml").err).contains("--format").contains("xml");
  }

  private Path write(Topology t) throws Exception {
    Path file = dir.resolve("topology.json");
    Files.writeString(file, TopologyJson.write(t));
    return file;
  }
}
