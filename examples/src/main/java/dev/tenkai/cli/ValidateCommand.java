package dev.tenkai.cli;

import dev.tenkai.model.Topology;
import dev.tenkai.report.findings.ExitCode;
import dev.tenkai.report.findings.FindingsReport;
import dev.tenkai.report.findings.ReportFormat;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai validate}: every lesson of the seed checked against the topology, as text, JSON
 * or SARIF. Exit code 0 when clean, 1 for warnings only with {@code --fail-on-warnings}, 2 for
 * errors.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check the topology against the rule packs (exit 0 clean, 1 warnings with --fail-on-warnings, 2 errors).")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or sarif (default: text).")
  String format = "text";

  @Mixin RuleOptions rules;

  @Option(names = "--fail-on-warnings", description = "Exit 1 when there are warnings but no errors.")
  boolean failOnWarnings;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColour;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  /** Validates and prints the report; the exit code says how it went. */
  @Override
  public Integer call() {
    Topology t = topology.topology();
    ReportFormat reportFormat = parseFormat();
    Validator validator = rules.validator();
    ValidationResult result = validator.validate(t);
    boolean colour = !noColour && output == null && reportFormat == ReportFormat.TEXT && CommandOutput.colourWanted();
    CommandOutput.emit(spec, output, FindingsReport.render(reportFormat, result, validator.packs(), colour));
    return ExitCode.of(result, failOnWarnings).code();
  }

  private ReportFormat parseFormat() {
    try {
      return ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
  }
}
