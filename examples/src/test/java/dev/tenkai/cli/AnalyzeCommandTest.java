package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {
  @Test
  void losingTheSingleNatZoneCutsTheOtherZonesEgress() {
    CommandRun run = CommandRun.of("analyze", "--example", "reference-2012", "--fail-zone", "a");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Failure of zone a").contains("private/c").contains("bastion");
  }

  @Test
  void everyZoneListsScenariosAndSinglePointsOfFailure() throws Exception {
    CommandRun run = CommandRun.of("analyze", "--example", "reference", "--every-zone", "--format", "json");
    assertThat(run.exitCode).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out);
    assertThat(root.path("format").asText()).isEqualTo("tenkai-analysis");
    assertThat(run.out).contains("zone a").contains("zone c");
  }

  @Test
  void theAllAtOnceRestartOfThePitfallsIsAFullOutage() {
    CommandRun run = CommandRun.of("analyze", "--example", "pitfalls", "--restart", "web");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("FULL OUTAGE");
    CommandRun ref = CommandRun.of("analyze", "--example", "reference", "--restart", "web");
    assertThat(ref.out).doesNotContain("FULL OUTAGE");
  }

  @Test
  void theSurgeModeIsHowApplyReplacesServersAndNeverLosesCapacity() {
    // The pitfalls restart all at once: in place that is a full outage, replaced create before destroy it is none.
    CommandRun surge = CommandRun.of("analyze", "--example", "pitfalls", "--restart", "web", "--mode", "surge");
    assertThat(surge.exitCode).as(surge.err).isZero();
    assertThat(surge.out).contains("all at once, surge").doesNotContain("FULL OUTAGE").contains("extra server(s) at most");
    CommandRun drain = CommandRun.of("analyze", "--example", "reference", "--restart", "web", "--mode", "drain-first");
    assertThat(drain.out).contains("drain").contains("each out of service");
    assertThat(CommandRun.of("analyze", "--restart", "web", "--mode", "sideways").err).contains("--mode: expected in-place, drain-first or surge");
    assertThat(CommandRun.of("analyze", "--every-zone", "--mode", "surge").err).contains("--mode applies to --restart only");
  }

  @Test
  void theRestartTimelineDrawsAsSvg() {
    CommandRun run = CommandRun.of("analyze", "--example", "pitfalls", "--restart", "web", "--format", "svg");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("<svg").contains("</svg>");
  }

  @Test
  void badQuestionsAreUsageErrors() {
    assertThat(CommandRun.of("analyze", "--fail-zone", "x").err).contains("unknown zone 'x'");
    assertThat(CommandRun.of("analyze", "--restart", "api").err).contains("no server group 'api'");
    assertThat(CommandRun.of("analyze").exitCode).isEqualTo(2);
    assertThat(CommandRun.of("analyze", "--every-zone", "--restart", "web").exitCode).isEqualTo(2);
    assertThat(CommandRun.of("analyze", "--every-zone", "--format", "svg").err).contains("tenkai diagram --failed-zone");
  }
}
