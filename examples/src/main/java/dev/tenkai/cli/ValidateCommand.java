package dev.tenkai.cli;

import dev.tenkai.aws.rules.AwsCatalogue;
import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.model.Topology;
import dev.tenkai.report.findings.ExitCode;
import dev.tenkai.report.findings.FindingsReport;
import dev.tenkai.report.findings.ReportFormat;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  @Option(
      names = "--pack",
      paramLabel = "NAME",
      description = "Run only these packs (repeatable): tenkai (all built-in rules), one family "
          + "(availability, analysis, balancing, dns, network, security, operations, cache), or aws.")
  List<String> packs = new ArrayList<>();

  @Option(names = "--aws", description = "Also check AWS's own constraints (the aws pack).")
  boolean aws;

  @Option(
      names = "--zone-map",
      paramLabel = "LOGICAL=ZONE,...",
      description = "With --aws: the AWS zone each logical zone maps to, e.g. a=ap-northeast-1a,c=ap-northeast-1c "
          + "(default: region + logical name).")
  String zoneMap;

  @Option(
      names = "--account-zones",
      paramLabel = "FILE",
      description = "With --aws: the zones your account sees, one 'zone NAME AZ-ID' line each (aws ec2 "
          + "describe-availability-zones), instead of the catalogue's for their region.")
  Path accountZones;

  @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Report RULE at LEVEL (error, warning, info).")
  Map<String, String> severities = Map.of();

  @Option(
      names = "--suppress",
      paramLabel = "RULE@RESOURCE=REASON",
      description = "Accept RULE's finding on RESOURCE (a model path) for the written REASON.")
  Map<String, String> suppressions = Map.of();

  @Option(names = "--fail-on-warnings", description = "Exit 1 when there are warnings but no errors.")
  boolean failOnWarnings;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColour;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  /** Validates and prints the report; the exit code says how it went. */
  @Override
  public Integer call() {
    if ((zoneMap != null || accountZones != null) && !aws && !packs.contains(AwsRules.PACK_NAME)) {
      throw new ParameterException(spec.commandLine(), "--zone-map and --account-zones apply to the AWS checks: add --aws");
    }
    Topology t = topology.topology();
    ReportFormat reportFormat = parseFormat();
    Validator validator = validator();
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

  private Validator validator() {
    Validator.Builder b = Validator.builder();
    List<String> names = new ArrayList<>(packs.isEmpty() ? List.of(BuiltInRules.DEFAULT_PACK) : packs);
    if (aws && !names.contains(AwsRules.PACK_NAME)) {
      names.add(AwsRules.PACK_NAME);
    }
    for (String name : names) {
      b.addPack(pack(name));
    }
    try {
      severities.forEach((rule, level) -> b.severity(rule, severity(rule, level)));
      suppressions.forEach((key, reason) -> {
        int at = key.indexOf('@');
        if (at <= 0 || at == key.length() - 1) {
          throw new ParameterException(spec.commandLine(),
              "--suppress: expected RULE@RESOURCE=REASON, got '" + key + "=" + reason + "'");
        }
        b.suppress(key.substring(0, at), key.substring(at + 1), reason);
      });
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private RulePack pack(String name) {
    if (name.equals(AwsRules.PACK_NAME)) {
      return AwsRules.pack(catalogue(), ZoneMapText.parse(zoneMap, spec.commandLine()));
    }
    return BuiltInRules.pack(name)
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--pack: unknown pack '" + name + "' (tenkai, availability, analysis, balancing, dns, network, security, operations, cache, aws)"));
  }

  private AwsCatalogue catalogue() {
    AwsCatalogue bundled = AwsCatalogue.bundled();
    if (accountZones == null) {
      return bundled;
    }
    try {
      return bundled.withAccountZones(accountZones);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--account-zones: " + e.getMessage());
    }
  }

  private Severity severity(String rule, String level) {
    try {
      return Severity.valueOf(level.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--severity " + rule + ": unknown level '" + level + "' (error, warning, info)");
    }
  }
}
