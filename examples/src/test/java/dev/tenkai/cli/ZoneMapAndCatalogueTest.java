package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.json.TopologyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate --aws finds unknown zones offline; --zone-map and --account-zones say what the account has. */
class ZoneMapAndCatalogueTest {
  @TempDir Path dir;

  /** The reference deployment in logical zones a and b (Tokyo has no ap-northeast-1b). */
  private Path zonesAb() throws IOException {
    Path file = dir.resolve("ab.json");
    Files.writeString(file, TopologyJson.write(ReferenceDeployment.modern()).replace("\"c\"", "\"b\""));
    return file;
  }

  @Test
  void aZoneTokyoDoesNotHaveFailsValidateAwsNamingTheZonesItHas() throws IOException {
    CommandRun run = CommandRun.of("validate", "--file", zonesAb().toString(), "--aws", "--no-color");
    assertThat(run.exitCode).as(run.out + run.err).isEqualTo(2);
    assertThat(run.out).contains("AWS-031").contains("ap-northeast-1b").contains("ap-northeast-1d (apne1-az2)");
  }

  @Test
  void aZoneMapPutsLogicalZoneBWhereTheAccountHasAZone() throws IOException {
    CommandRun run = CommandRun.of("validate", "--file", zonesAb().toString(), "--aws", "--no-color",
        "--zone-map", "a=ap-northeast-1a,b=ap-northeast-1d");
    assertThat(run.out).doesNotContain("AWS-031");
    assertThat(CommandRun.of("validate", "--example", "reference", "--zone-map", "a=x").err).contains("add --aws");
    assertThat(CommandRun.of("validate", "--example", "reference", "--aws", "--zone-map", "a").err)
        .contains("--zone-map: expected LOGICAL=ZONE-NAME");
  }

  @Test
  void anAccountZonesFileReplacesTheCataloguesZones() throws IOException {
    Path zones = dir.resolve("zones.txt");
    Files.writeString(zones, "zone ap-northeast-1a apne1-az4\nzone ap-northeast-1b apne1-az3\n");
    CommandRun run = CommandRun.of("validate", "--file", zonesAb().toString(), "--aws", "--no-color",
        "--account-zones", zones.toString());
    assertThat(run.out).doesNotContain("AWS-031");
    Files.writeString(zones, "zone\n");
    assertThat(CommandRun.of("validate", "--example", "reference", "--aws", "--account-zones", zones.toString()).err)
        .contains("--account-zones: ").contains("line 1");
  }

  @Test
  void analyzeBaselineSaysWhetherTheSiteAnswersWithNothingFailed() {
    CommandRun run = CommandRun.of("analyze", "--example", "reference", "--baseline");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).startsWith("With nothing failed: every entry point still answers");
    assertThat(CommandRun.of("analyze", "--example", "reference", "--every-zone").out)
        .contains("Failure analysis: 3 scenarios").contains("no failure");
  }
}
