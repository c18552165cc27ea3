package dev.tenkai.cli;

import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.apply.ProgressPrinter;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.model.Topology;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai destroy}: deletes every resource the stack owns (by its tags), in reverse order,
 * best effort, and says what was deleted and what could not be, and why.
 *
 * <p>Exit codes: 0 everything deleted (or nothing owned), 1 something could not be deleted or the
 * user said no, 2 no terminal to ask on and no {@code --auto-approve}.
 */
@Command(
    name = "destroy",
    mixinStandardHelpOptions = true,
    description = {
      "Delete every resource the stack owns (tagged with its name), in reverse order; resources without the stack's tags "
          + "are never touched. The database keeps a final snapshot unless --skip-final-snapshot.",
      "Without --auto-approve and without a terminal, refuses rather than wait.",
      "With --local this command starts a new, empty emulator, so it finds nothing that an earlier 'apply --local' created: "
          + "use --endpoint with a moto_server you started to destroy what an earlier command applied."
    })
public final class DestroyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @Mixin AwsTargetOptions target;

  @Mixin ConfirmationOptions confirmation;

  @Option(names = "--skip-final-snapshot", description = "Delete the database without keeping a final snapshot.")
  boolean skipFinalSnapshot;

  /** Finds what the stack owns, asks, deletes it. */
  @Override
  public Integer call() {
    Topology t = topology.topology();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    confirmation.requireAnswerable("destroy");
    try (AwsTarget aws = target.open(t, err)) {
      Plan plan = AwsChecks.withImageHint(() -> aws.provider().planDestroy(t));
      if (!plan.hasChanges()) {
        out.println("Nothing to destroy: stack " + t.name() + " owns no resources on " + aws.description() + ".");
        out.flush();
        return 0;
      }
      out.print(plan.render());
      out.flush();
      if (!confirmation.confirmed("destroy", "Delete these " + plan.mutations().size() + " resource(s) of stack " + t.name()
          + " on " + aws.description() + (skipFinalSnapshot ? ", the database without a final snapshot" : "") + "?")) {
        err.println("Destroy cancelled; nothing was deleted.");
        err.flush();
        return ExitCode.SOFTWARE;
      }
      ApplyResult result = aws.provider().destroy(plan, skipFinalSnapshot, new ProgressPrinter(WriterStream.of(out)));
      out.println();
      out.print(report(result));
      out.flush();
      if (!result.succeeded()) {
        throw new CommandFailure("destroy left " + (result.failed().size() + result.notStarted().size())
            + " resource(s) of stack " + t.name() + " behind (listed above)");
      }
      return 0;
    }
  }

  /** What a destroy deleted, what it could not delete and why, and what it never reached. */
  static String report(ApplyResult result) {
    StringBuilder b = new StringBuilder();
    b.append("Deleted (").append(result.done().size()).append("): ")
        .append(result.done().stream().map(Change::logicalId).collect(Collectors.joining(", "))).append('\n');
    if (!result.failed().isEmpty()) {
      b.append("Could not delete (").append(result.failed().size()).append("):\n");
      result.failed().forEach(f -> b.append("  ").append(f.change().logicalId()).append(": ").append(reason(f.cause())).append('\n'));
    }
    if (!result.notStarted().isEmpty()) {
      b.append("Not attempted (").append(result.notStarted().size()).append("), because something they depend on could not go: ")
          .append(result.notStarted().stream().map(Change::logicalId).collect(Collectors.joining(", "))).append('\n');
    }
    return b.toString();
  }

  private static String reason(Throwable cause) {
    String m = cause.getMessage();
    return m == null || m.isBlank() ? cause.getClass().getSimpleName() + " (no message)" : m;
  }
}
