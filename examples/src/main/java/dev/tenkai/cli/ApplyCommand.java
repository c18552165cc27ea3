package dev.tenkai.cli;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyRefusedException;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.apply.ProgressPrinter;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.model.Topology;
import dev.tenkai.report.findings.FindingsReport;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai apply}: validates the topology (built-in rules and AWS's constraints), shows the
 * plan, asks, applies it with a progress display and prints what exists per zone.
 *
 * <p>Exit codes: 0 applied (or nothing to do), 1 a change failed or the user said no, 2 refused
 * (validation errors, or no terminal to ask on and no {@code --auto-approve}).
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Validate, show the plan, ask, then create or change the stack's resources (with progress) and print what exists per zone.",
      "Without --auto-approve and without a terminal, refuses rather than wait.",
      "With --local the emulator and everything applied to it are gone when the command ends, so a later "
          + "'tenkai destroy --local' finds nothing: start moto_server yourself and use --endpoint for apply, plan and destroy "
          + "as separate commands."
    })
public final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @Mixin AwsTargetOptions target;

  @Mixin ConfirmationOptions confirmation;

  @Option(
      names = "--override-errors",
      paramLabel = "REASON",
      description = "Apply despite validation errors, for the written REASON (printed with the run).")
  String overrideReason;

  /** Validates, plans, asks, applies. */
  @Override
  public Integer call() {
    if (overrideReason != null && overrideReason.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--override-errors needs a written reason");
    }
    Topology t = topology.topology();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Validator validator = AwsChecks.validator(target.zoneNames());
    ValidationResult checks = validator.validate(t);
    if (checks.hasErrors() && overrideReason == null) {
      err.print(FindingsReport.text(checks, false));
      err.flush();
      throw new CommandFailure("refusing to apply " + t.name() + ": " + checks.active(Severity.ERROR).size()
          + " validation error(s) (above); fix them, or apply anyway with --override-errors REASON", ExitCode.USAGE);
    }
    confirmation.requireAnswerable("apply");
    try (AwsTarget aws = target.open(t, err)) {
      Plan plan = AwsChecks.withImageHint(() -> aws.provider().plan(t));
      out.print(plan.render());
      out.flush();
      if (!plan.hasChanges()) {
        out.print(aws.provider().summary(t).render());
        out.flush();
        return 0;
      }
      if (!confirmation.confirmed("apply", "Apply these " + plan.mutations().size() + " change(s) to stack " + t.name()
          + " on " + aws.description() + "?")) {
        err.println("Apply cancelled; nothing was changed.");
        err.flush();
        return ExitCode.SOFTWARE;
      }
      ApplyGate gate = ApplyGate.validatedBy(validator);
      ApplyResult result;
      try {
        result = aws.provider().apply(plan, overrideReason == null ? gate : gate.overridingErrors(overrideReason),
            new ProgressPrinter(WriterStream.of(out)));
      } catch (ApplyRefusedException e) {
        throw new CommandFailure(e.getMessage(), ExitCode.USAGE);
      }
      out.println();
      out.print(aws.provider().summary(t).render());
      if (aws.ownsEmulator()) {
        out.println("note: the local emulator stops now, and everything above goes with it (use --endpoint to keep it).");
      }
      out.flush();
      if (!result.succeeded()) {
        throw new CommandFailure("apply did not finish: " + result.summary());
      }
      return 0;
    }
  }
}
