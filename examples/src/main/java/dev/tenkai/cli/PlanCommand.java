package dev.tenkai.cli;

import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.rules.AwsCatalogue;
import dev.tenkai.aws.rules.LiveZoneCheck;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai plan}: what apply would create, change, replace or delete, and why, read from
 * what exists (describe and list calls only).
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Show what 'tenkai apply' would do to the stack, and why. Only reads.",
      "With --local the emulator starts empty, so the plan creates everything; use --endpoint to plan against a running emulator."
    })
public final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @Mixin AwsTargetOptions target;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
  String format = "text";

  /** Prints the plan. */
  @Override
  public Integer call() {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--format: expected text or json, got '" + format + "'");
    }
    Topology t = topology.topology();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (AwsTarget aws = target.open(t, err)) {
      Plan plan = AwsChecks.withImageHint(() -> aws.provider().plan(t));
      out.print(f.equals("json") ? plan.toJson() + "\n" : plan.render());
      out.flush();
      String region = target.region == null ? t.region() : target.region;
      for (String d : LiveZoneCheck.differences(AwsCatalogue.bundled(), region, aws.provider().zones(t))) {
        err.println("note: " + d + "; validate offline with --account-zones");
      }
      err.flush();
    }
    ValidationResult checks = AwsChecks.validator(target.zoneNames()).validate(t);
    if (checks.hasErrors()) {
      err.println("note: " + checks.active(Severity.ERROR).size() + " validation error(s): 'tenkai apply' will refuse this topology "
          + "(see 'tenkai validate --aws')");
      err.flush();
    }
    return 0;
  }
}
