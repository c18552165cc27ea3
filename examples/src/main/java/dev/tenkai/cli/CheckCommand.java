package dev.tenkai.cli;

import dev.tenkai.model.Topology;
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
 * {@code tenkai check}: what a CI job runs, in one process. The validation of {@code tenkai
 * validate} (same rule options) plus every analysis of {@code tenkai analyze}: nothing failed, each
 * single zone, every pair of zones (three zones or more), every server group's own restart policy,
 * and single points of failure; one report, one exit code (0 clean, 1 warnings with {@code
 * --fail-on-warnings}, 2 errors or a broken guarantee).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Validate and run every analysis in one go, for CI: each single zone, every pair of zones (3+ zones), "
            + "each group's restart policy, single points of failure.",
        "Exit 0 clean, 1 warnings with --fail-on-warnings, 2 errors or a broken guarantee (an entry point down or "
            + "a group below its need after one zone fails, or during its restart)."})
public final class CheckCommand implements Callable<Integer> {
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

  /** Validates, analyzes, prints the report; the exit code says how it went. */
  @Override
  public Integer call() {
    ReportFormat reportFormat;
    try {
      reportFormat = ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    Topology t = topology.topology();
    Validator validator = rules.validator();
    ValidationResult result = validator.validate(t);
    CheckReport report = CheckReport.of(t, result, validator.packs());
    boolean colour = !noColour && output == null && reportFormat == ReportFormat.TEXT && CommandOutput.colourWanted();
    String text;
    switch (reportFormat) {
      case JSON:
        text = report.json(failOnWarnings);
        break;
      case SARIF:
        text = report.sarif();
        break;
      default:
        text = report.text(colour, failOnWarnings);
    }
    CommandOutput.emit(spec, output, text);
    return report.exitCode(failOnWarnings);
  }
}
