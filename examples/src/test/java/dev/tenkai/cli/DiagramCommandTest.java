package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.report.diagram.DotDiagram;
import dev.tenkai.report.diagram.MermaidDiagram;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramCommandTest {
  @TempDir Path dir;

  private static boolean graphvizInstalled() {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(p -> Files.isExecutable(Path.of(p, "dot")));
  }

  @Test
  void mermaidIsTheDefault() {
    CommandRun run = CommandRun.of("diagram", "--example", "reference");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo(new MermaidDiagram().render(ReferenceDeployment.modern()));
  }

  @Test
  void dotOnRequestCaseInsensitive() {
    CommandRun run = CommandRun.of("diagram", "--format", "DOT", "--example", "reference-2012");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo(new DotDiagram().render(ReferenceDeployment.of2012()));
  }

  @Test
  void writesToAFile() throws Exception {
    Path out = dir.resolve("ref.mmd");
    CommandRun run = CommandRun.of("diagram", "--output", out.toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("wrote " + out);
    assertThat(Files.readString(out)).startsWith("---\ntitle: reference");
  }

  @Test
  void anUnwritableOutputIsReportedWithExitCode1() {
    Path out = dir.resolve("missing-dir").resolve("ref.mmd");
    CommandRun run = CommandRun.of("diagram", "--output", out.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).startsWith("tenkai: cannot write " + out).doesNotContain("\tat ");
  }

  @Test
  void aFailedZoneIsGreyedAndAnUnknownOneRefused() {
    CommandRun run = CommandRun.of("diagram", "--format", "dot", "--failed-zone", "a");
    assertThat(run.out).contains("label=\"zone a (failed)\"");
    CommandRun bad = CommandRun.of("diagram", "--failed-zone", "b");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("unknown zone 'b'");
  }

  @Test
  void anUnknownFormatIsRefused() {
    CommandRun run = CommandRun.of("diagram", "--format", "png");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("png").contains("MERMAID");
  }

  @Test
  void svgWithoutGraphvizSaysSoClearly() {
    CommandRun run = CommandRun.of("diagram", "--format", "svg", "--graphviz", dir.resolve("no-dot").toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("was not found")
        .contains("apt-get install graphviz")
        .contains("--format dot")
        .doesNotContain("\tat ");
  }

  @Test
  void svgWithGraphviz() {
    assumeTrue(graphvizInstalled(), "Graphviz's dot is not on the PATH");
    CommandRun run = CommandRun.of("diagram", "--format", "svg");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("<svg").contains("zone a").contains("db primary").contains("internet");
  }

  @Test
  void aFailingGraphvizIsReported() throws Exception {
    Path fake = dir.resolve("fake-dot");
    Files.writeString(fake, "#!/bin/sh\necho 'syntax error in line 1' >&2\nexit 3\n");
    assumeTrue(fake.toFile().setExecutable(true), "cannot make a script executable here");
    CommandRun run = CommandRun.of("diagram", "--format", "svg", "--graphviz", fake.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("Graphviz failed (exit 3)").contains("syntax error in line 1");
  }
}
