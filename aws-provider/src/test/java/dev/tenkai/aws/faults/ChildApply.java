package dev.tenkai.aws.faults;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The apply that {@link KilledApplyOnMotoTest} kills: a separate JVM that applies the reference
 * deployment to the emulator at {@code args[0]}, printing {@code started <logical id>} and
 * {@code done <logical id>} per change, as it happens, and {@code result <summary>} at the end
 * (which a killed run never reaches).
 *
 * <p>Arguments: endpoint, lock owner, concurrency, then {@code reference=arn} certificate pairs
 * (the parent's, so both processes plan the same listeners).
 */
public final class ChildApply {
  private ChildApply() {}

  /** Runs the apply; exit code 0 when it succeeded, 1 when a change failed. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Topology t = ReferenceTopologies.modern();
    AwsOptions.Builder b = options(URI.create(args[0]), args[1], Integer.parseInt(args[2]));
    for (int i = 3; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      b.certificate(pair[0], pair[1]);
    }
    try (AwsProvider aws = AwsProvider.create(b.build())) {
      ApplyResult r = aws.apply(aws.plan(t), ApplyGate.validatedBy(Validator.builder().build()), new ApplyListener() {
        @Override
        public void changeStarted(Change change) {
          out.println("started " + change.logicalId());
        }

        @Override
        public void changeFinished(Change change) {
          out.println("done " + change.logicalId());
        }
      });
      out.println("result " + r.summary());
      System.exit(r.succeeded() ? 0 : 1);
    }
  }

  /** The options both the killed process and the test's re-run use (apart from the lock's timing). */
  static AwsOptions.Builder options(URI endpoint, String lockOwner, int concurrency) {
    return LocalEmulator.optionsFor(endpoint)
        .readinessTimeout(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofMillis(20))
        .concurrency(concurrency)
        .lockOwner(lockOwner);
  }
}
