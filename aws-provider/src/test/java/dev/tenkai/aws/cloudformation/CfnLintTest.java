package dev.tenkai.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported templates pass cfn-lint with no error. Skipped, saying why, where cfn-lint is not
 * installed ({@code pip install cfn-lint}); warnings and informational findings are printed, not
 * failed on.
 */
class CfnLintTest {
  private static String cfnLint;

  @BeforeAll
  static void findCfnLint() {
    cfnLint = CfnLint.locate().orElse(null);
  }

  static List<Object[]> templates() {
    List<Object[]> all = new ArrayList<>();
    for (String format : List.of("json", "yaml")) {
      all.add(new Object[] {"reference", ReferenceTopologies.modern(), format});
      all.add(new Object[] {"2012", ReferenceTopologies.of2012(), format});
    }
    return all;
  }

  @ParameterizedTest(name = "{0} ({2})")
  @MethodSource("templates")
  void exportedTemplateHasNoCfnLintError(String name, Topology topology, String format, @TempDir Path dir)
      throws IOException, InterruptedException {
    Assumptions.assumeTrue(cfnLint != null,
        "cfn-lint is not on PATH: install it with 'pip install cfn-lint' to run this check");
    CloudFormationTemplate template = CloudFormationTemplate.of(topology);
    Path file = dir.resolve(name + "." + format);
    Files.writeString(file, format.equals("json") ? template.toJson() : template.toYaml());

    CfnLint.Result result = CfnLint.run(cfnLint, file);

    System.out.printf("cfn-lint on %s (%s): %d error(s), %d warning(s), %d informational%n%s",
        name, format, result.errors().size(), result.warnings().size(), result.informational().size(), result.output());
    assertThat(result.errors()).as("cfn-lint errors in %s:%n%s", file, result.output()).isEmpty();
    assertThat(result.exitCode()).as("cfn-lint exit code (0, or a multiple of 4 / 8 for warnings / infos only)").matches(c -> (c & 2) == 0 && (c & 1) == 0);
  }

  @org.junit.jupiter.api.Test
  void aBrokenTemplateIsReportedAsAnError(@TempDir Path dir) throws IOException, InterruptedException {
    Assumptions.assumeTrue(cfnLint != null, "cfn-lint is not installed: install it with 'pip install cfn-lint' to run this check");
    // Proves the check can fail: a subnet without its required VpcId is an error.
    com.fasterxml.jackson.databind.node.ObjectNode tree = CloudFormationTemplate.of(ReferenceTopologies.modern()).tree();
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("Resources").get("SubnetPrivateA").get("Properties")).remove("VpcId");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, tree.toPrettyString());
    CfnLint.Result result = CfnLint.run(cfnLint, file);
    assertThat(result.errors()).as(result.output()).anySatisfy(e -> assertThat(e).contains(":E3003:").contains("VpcId"));
  }

  /** The cfn-lint command line and its parsed findings. */
  static final class CfnLint {
    private CfnLint() {}

    /** The findings of one run, split by severity ({@code E}, {@code W}, {@code I} rule ids). */
    record Result(int exitCode, String output, List<String> errors, List<String> warnings, List<String> informational) {}

    static java.util.Optional<String> locate() {
      for (String candidate : List.of("cfn-lint")) { // pip installs only the script; cfnlint has no __main__
        try {
          Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
          p.getInputStream().readAllBytes();
          if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
            return java.util.Optional.of(candidate);
          }
        } catch (IOException e) {
          // not on PATH: try the next way
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return java.util.Optional.empty();
        }
      }
      return java.util.Optional.empty();
    }

    /** Parseable lines are {@code file:line:col:endLine:endCol:RULE:message}; rule ids start with their severity. */
    private static List<String> severity(List<String> lines, char level) {
      return lines.stream().filter(l -> {
        String[] f = l.split(":", 7);
        return f.length == 7 && !f[5].isEmpty() && f[5].charAt(0) == level;
      }).collect(Collectors.toList());
    }

    static Result run(String cfnLint, Path template) throws IOException, InterruptedException {
      Process p = new ProcessBuilder(cfnLint, "--format", "parseable", "--", template.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("cfn-lint finished").isTrue();
      List<String> lines = out.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
      return new Result(p.exitValue(), out,
          severity(lines, 'E'), severity(lines, 'W'), severity(lines, 'I'));
    }
  }
}
