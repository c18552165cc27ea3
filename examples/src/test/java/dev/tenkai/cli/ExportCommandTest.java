package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tenkai.aws.cloudformation.CloudFormationTemplate;
import dev.tenkai.examples.ReferenceDeployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {
  @TempDir Path dir;

  @Test
  void exportsTheReferenceAsAJsonTemplate() throws Exception {
    CommandRun run = CommandRun.of("export", "cloudformation", "--example", "reference", "--format", "json");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode template = new ObjectMapper().readTree(run.out);
    assertThat(template).isEqualTo(CloudFormationTemplate.of(ReferenceDeployment.modern()).tree());
    assertThat(template.get("Resources").get("DbInstanceDb").get("Type").asText()).isEqualTo("AWS::RDS::DBInstance");
  }

  @Test
  void yamlIsTheDefaultAndFileOutputIsAnnounced() throws Exception {
    Path file = dir.resolve("t.yaml");
    CommandRun run = CommandRun.of("export", "cloudformation", "--example", "reference-2012", "--output", file.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("wrote " + file);
    assertThat(new YAMLMapper().readTree(Files.readString(file))).isEqualTo(CloudFormationTemplate.of(ReferenceDeployment.of2012()).tree());
  }

  @Test
  void zoneAndImageOptionsReachTheParameters() throws Exception {
    CommandRun run = CommandRun.of("export", "cloudformation", "--format", "json", "--zone", "c=ap-northeast-1d", "--image-ids");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode parameters = new ObjectMapper().readTree(run.out).get("Parameters");
    assertThat(parameters.get("ZoneC").get("Default").asText()).isEqualTo("ap-northeast-1d");
    assertThat(parameters.get("WebImageId").get("Type").asText()).isEqualTo("AWS::EC2::Image::Id");
  }

  @Test
  void badUsageIsOneLineWithExitCode2() {
    CommandRun noTarget = CommandRun.of("export");
    assertThat(noTarget.exitCode).isEqualTo(2);
    assertThat(noTarget.err).contains("TARGET");
    CommandRun unknown = CommandRun.of("export", "terraform");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err).contains("terraform").contains("CLOUDFORMATION");
    CommandRun zone = CommandRun.of("export", "cloudformation", "--zone", "q=ap-northeast-1d");
    assertThat(zone.exitCode).isEqualTo(2);
    assertThat(zone.err).contains("'q'").contains("[a, c]");
    assertThat(zone.out).isEmpty();
  }

  /** Every built-in example, the planted pitfalls included, exports to a template cfn-lint finds no error in. */
  @ParameterizedTest
  @ValueSource(strings = {"reference", "reference-2012", "pitfalls", "scaled"})
  void everyExampleExportsWithoutCfnLintErrors(String example) throws IOException, InterruptedException {
    Assumptions.assumeTrue(cfnLintPresent(),
        "cfn-lint is not installed: install it with 'pip install cfn-lint' to run this check");
    Path file = dir.resolve(example + ".yaml");
    CommandRun run = CommandRun.of("export", "cloudformation", "--example", example, "--output", file.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    Process p = new ProcessBuilder("cfn-lint", "--format", "parseable", "--", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    System.out.printf("cfn-lint on %s:%n%s", example, out.isBlank() ? "(no findings)\n" : out);
    // Parseable lines are file:line:col:endLine:endCol:RULE:message; error rules start with E.
    List<String> errors = out.lines().map(l -> l.split(":", 7)).filter(f -> f.length == 7 && f[5].startsWith("E"))
        .map(f -> String.join(":", f)).collect(Collectors.toList());
    assertThat(errors).as(out).isEmpty();
  }

  private static boolean cfnLintPresent() {
    try {
      Process p = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
