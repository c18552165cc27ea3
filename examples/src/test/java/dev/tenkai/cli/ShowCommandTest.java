package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.examples.SeedPitfalls;
import dev.tenkai.json.TopologyJson;
import dev.tenkai.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
  @TempDir Path dir;

  @Test
  void showsTheReferenceByDefaultAsJsonThatReadsBack() {
    CommandRun run = CommandRun.of("show");
    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(TopologyJson.read(run.out)).isEqualTo(ReferenceDeployment.modern());
  }

  @Test
  void showsEachBuiltInExample() {
    assertThat(TopologyJson.read(CommandRun.of("show", "--example", "reference-2012").out))
        .isEqualTo(ReferenceDeployment.of2012());
    assertThat(TopologyJson.read(CommandRun.of("show", "--example", "pitfalls").out))
        .isEqualTo(SeedPitfalls.topology());
    Topology scaled = TopologyJson.read(CommandRun.of("show", "--example", "scaled", "--servers", "7").out);
    assertThat(scaled.serverGroup("web").orElseThrow().total()).isEqualTo(7);
  }

  @Test
  void readsAFile() throws Exception {
    Path file = dir.resolve("t.json");
    Files.writeString(file, TopologyJson.write(SeedPitfalls.topology()));
    CommandRun run = CommandRun.of("show", "--file", file.toString());
    assertThat(run.exitCode).isZero();
    assertThat(TopologyJson.read(run.out)).isEqualTo(SeedPitfalls.topology());
  }

  @Test
  void anInvalidFileIsOneLineNamingThePlaceWithExitCode2() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, TopologyJson.write(ReferenceDeployment.modern()).replace("\"10.0.11.0/24\"", "\"10.1.11.0/24\""));
    CommandRun run = CommandRun.of("show", "--file", file.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("tenkai: " + file)
        .contains("subnet 10.1.11.0/24 is outside the network 10.0.0.0/16")
        .contains("Try 'tenkai show --help'")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  @Test
  void malformedJsonIsReported() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{ not json");
    CommandRun run = CommandRun.of("show", "--file", file.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("malformed JSON").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsReported() {
    CommandRun run = CommandRun.of("show", "--file", dir.resolve("nope.json").toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("no such file").contains("nope.json");
  }

  @Test
  void aDirectoryIsNotATopology() {
    CommandRun run = CommandRun.of("show", "--file", dir.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("not a regular file");
  }

  @Test
  void anUnknownExampleListsTheKnownOnes() {
    CommandRun run = CommandRun.of("show", "--example", "shop");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("unknown example 'shop'").contains("reference, reference-2012, pitfalls, scaled");
  }

  @Test
  void contradictingOptionsAreRefused() {
    assertThat(CommandRun.of("show", "--example", "reference", "--file", "x.json").err)
        .contains("either --example or --file");
    CommandRun servers = CommandRun.of("show", "--example", "reference", "--servers", "3");
    assertThat(servers.exitCode).isEqualTo(2);
    assertThat(servers.err).contains("--servers applies only to --example scaled");
    assertThat(CommandRun.of("show", "--example", "scaled", "--servers", "0").err).contains("at least 1");
    assertThat(CommandRun.of("show", "--example", "scaled", "--servers", "many").exitCode).isEqualTo(2);
  }

  @Test
  void withoutAVerbItSaysWhatIsMissing() {
    CommandRun run = CommandRun.of();
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("a command is required");
    CommandRun unknown = CommandRun.of("frobnicate");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err).contains("frobnicate");
  }

  @Test
  void helpListsTheVerbs() {
    CommandRun run = CommandRun.of("--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("show").contains("diagram");
    assertThat(CommandRun.of("show", "--help").out).contains("--example").contains("--file").contains("pitfalls");
  }
}
