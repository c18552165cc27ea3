package dev.tenkai.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * About 30% of all calls (reads and writes, seeded) answer "throttled" while the reference
 * deployment is applied with the SDK's standard retry mode on, as {@code AwsClients} configures
 * it from the options: the apply rides through and the stack converges exactly.
 */
@ExtendWith(MotoExtension.class)
class ThrottlingStormOnMotoTest {
  private final Validator noRules = Validator.builder().build();

  @Test
  void applyRidesThroughAThrottlingStormAndConverges(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    FaultInjector faults = new FaultInjector();
    // Standard mode with ten attempts: a call fails only when ten draws in a row are throttled
    // (0.3^10, about 6 in a million). The production default is standard mode with 3 attempts.
    AwsOptions options = moto.options(t).retryMode(RetryMode.STANDARD).maxAttempts(10).readinessTimeout(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50)).interceptor(faults).build();
    try (AwsProvider aws = AwsProvider.create(options)) {
      ResourceCensus census = ResourceCensus.baseline(aws.clients(t), t.name());
      Plan plan = aws.plan(t);
      faults.storm(0.3, 20261127L);
      ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      int throttled = faults.injected().size();
      faults.disarm();
      assertThat(r.succeeded()).as("%s after %d throttled calls", r.summary(), throttled).isTrue();
      assertThat(throttled).as("the storm throttled calls").isGreaterThan(20);
      assertThat(aws.plan(t).hasChanges()).isFalse();
      assertThat(census.appearedCounts()).isEqualTo(FaultSweepOnMotoTest.expected(aws.desired(t)));
      assertThat(census.untagged()).allSatisfy((kind, ids) -> assertThat(ids).as(kind).isEmpty());
      System.out.println("throttling storm: " + throttled + " calls throttled, apply " + r.summary());
    }
  }
}
