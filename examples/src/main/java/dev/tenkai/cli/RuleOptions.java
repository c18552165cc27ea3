package dev.tenkai.cli;

import dev.tenkai.aws.rules.AwsCatalogue;
import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which rules a validating command runs and how it judges them: packs, the AWS pack, severity
 * overrides, suppressions, and the AWS pack's zone map and account zones, for {@code validate} and
 * {@code check} ({@code @Mixin RuleOptions rules;}), which call {@link #validator()}.
 */
public final class RuleOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

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

  /**
   * The validator these options describe.
   *
   * @throws ParameterException for an unknown pack, rule or level, or a malformed suppression
   */
  public Validator validator() {
    if ((zoneMap != null || accountZones != null) && !aws && !packs.contains(AwsRules.PACK_NAME)) {
      throw new ParameterException(mixee.commandLine(), "--zone-map and --account-zones apply to the AWS checks: add --aws");
    }
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
          throw new ParameterException(mixee.commandLine(),
              "--suppress: expected RULE@RESOURCE=REASON, got '" + key + "=" + reason + "'");
        }
        b.suppress(key.substring(0, at), key.substring(at + 1), reason);
      });
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  private RulePack pack(String name) {
    if (name.equals(AwsRules.PACK_NAME)) {
      return AwsRules.pack(catalogue(), ZoneMapText.parse(zoneMap, mixee.commandLine()));
    }
    return BuiltInRules.pack(name)
        .orElseThrow(() -> new ParameterException(mixee.commandLine(),
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
      throw new ParameterException(mixee.commandLine(), "--account-zones: " + e.getMessage());
    }
  }

  private Severity severity(String rule, String level) {
    try {
      return Severity.valueOf(level.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(),
          "--severity " + rule + ": unknown level '" + level + "' (error, warning, info)");
    }
  }
}
