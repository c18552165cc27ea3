package dev.tenkai.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.apply.ProgressPrinter;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;

/**
 * A full plan/apply (with one injected failure, so exceptions are printed too)/re-apply/summary/
 * destroy cycle with recognizable fake credentials, capturing everything the provider writes: plan
 * text and JSON, progress, results, exception messages and stack traces, and the process's own
 * standard output and error. None of it may contain the secret key or the access key; and the
 * provider never sends a database password at all (AWS generates and keeps it).
 */
@ExtendWith(MotoExtension.class)
class SecretsNeverPrintedOnMotoTest {
  // Shaped like a real access key id so a leak would be recognisable; assembled at run time so the
  // source itself does not look like a committed credential. Fake: no account has it.
  private static final String ACCESS_KEY = "AKIA" + "TENKAIFAKE7Q3ZXW";
  private static final String SECRET_KEY = "tenkaiFakeSecret/9xQ+mB2vLr8Kp4Zy1Nw6Hs0Jd5";

  @Test
  void noSecretInAnyOutputOfAFullCycle(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    FaultInjector faults = new FaultInjector();
    List<CreateDbInstanceRequest> dbRequests = new CopyOnWriteArrayList<>();
    ExecutionInterceptor dbSpy = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof CreateDbInstanceRequest) {
          dbRequests.add((CreateDbInstanceRequest) context.request());
        }
      }
    };
    AwsOptions options = moto.options(t)
        .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
        .interceptor(faults).interceptor(dbSpy).build();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    StringBuilder out = new StringBuilder();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
    try (AwsProvider aws = AwsProvider.create(options)) {
      ProgressPrinter progress = new ProgressPrinter(tee);
      Plan plan = aws.plan(t);
      out.append(plan.render()).append(plan.toJson()).append(plan);
      faults.failMutating(30, FaultInjector.Kind.SERVER_ERROR);
      ApplyResult failed = aws.apply(plan, ApplyGate.validatedBy(Validator.builder().build()), progress);
      faults.disarm();
      out.append(failed.summary());
      failed.failed().forEach(f -> out.append(f.cause()).append(stackTrace(f.cause())));
      assertThat(failed.failed()).as("the injected failure produced an exception to scan").isNotEmpty();
      Plan again = aws.plan(t);
      out.append(again.render()).append(again.toJson());
      ApplyResult applied = aws.apply(again, ApplyGate.validatedBy(Validator.builder().build()), progress);
      assertThat(applied.succeeded()).as(applied.summary()).isTrue();
      out.append(applied.summary()).append(aws.summary(t).render());
      Plan destroy = aws.planDestroy(t);
      out.append(destroy.render()).append(destroy.toJson());
      ApplyResult gone = aws.destroy(destroy, true, progress);
      out.append(gone.summary());
      gone.failed().forEach(f -> out.append(f.cause()).append(stackTrace(f.cause())));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    String all = out + captured.toString(StandardCharsets.UTF_8);
    assertThat(all).as("the scan saw a real cycle").contains("db-instance/db").contains("injected fault");
    assertThat(all).doesNotContain(SECRET_KEY).doesNotContain(ACCESS_KEY).doesNotContain("9xQ+mB2v");
    assertThat(dbRequests).isNotEmpty().allSatisfy(r -> {
      assertThat(r.masterUserPassword()).as("no password is ever sent; AWS generates it").isNull();
      assertThat(r.manageMasterUserPassword()).isTrue();
    });
  }

  private static String stackTrace(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
