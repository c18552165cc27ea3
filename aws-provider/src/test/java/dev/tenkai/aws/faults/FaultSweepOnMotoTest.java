package dev.tenkai.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails the k-th mutating call of the reference deployment's apply, for each fault kind, with SDK
 * retries off (so the fault reaches the provider instead of being retried away), then checks: the
 * apply's result names the failure and accounts for every change; a second apply without faults
 * converges (its plan afterwards is empty); the resources that exist are exactly the model's, with
 * nothing untagged; destroy leaves nothing owned. One emulator for the class, reset between runs.
 *
 * <p>By default a spread of k runs for every kind; {@code -Dtenkai.faults.everyK=true} runs every
 * k from 1 to N for every kind (see docs/reliability.md for the figures and the time it takes).
 */
@ExtendWith(MotoExtension.class)
class FaultSweepOnMotoTest {
  /** Mutating calls of the reference deployment's apply on moto, counted by {@link #countsTheMutatingCallsOfTheReferenceApply}. */
  static final int REFERENCE_MUTATING_CALLS = 56;

  private final Validator noRules = Validator.builder().build();

  /** The sweep's concurrency: 1 so that k names the same call on every run; {@code -Dtenkai.faults.concurrency=4} overrides it. */
  static final int SWEEP_CONCURRENCY = Integer.getInteger("tenkai.faults.concurrency", 1);

  static AwsOptions.Builder options(LocalEmulator moto, Topology t, FaultInjector faults) {
    return options(moto, t, faults, SWEEP_CONCURRENCY);
  }

  static AwsOptions.Builder options(LocalEmulator moto, Topology t, FaultInjector faults, int concurrency) {
    return moto.options(t).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).concurrency(concurrency).interceptor(faults);
  }

  @Test
  void countsTheMutatingCallsOfTheReferenceApply(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    FaultInjector faults = new FaultInjector();
    try (AwsProvider aws = AwsProvider.create(options(moto, t, faults).build())) {
      Plan plan = aws.plan(t);
      faults.disarm();
      ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      // The sweep's range comes from this figure; if the provider's calls change, update both.
      assertThat(faults.mutatingCalls()).isEqualTo(REFERENCE_MUTATING_CALLS);
    }
  }

  static Stream<Arguments> faults() {
    boolean everyK = Boolean.getBoolean("tenkai.faults.everyK");
    List<Arguments> out = new ArrayList<>();
    // -Dtenkai.faults.kinds=THROTTLING,RESPONSE_LOST narrows the sweep to those kinds.
    String only = System.getProperty("tenkai.faults.kinds", "");
    for (FaultInjector.Kind kind : FaultInjector.Kind.values()) {
      if (!only.isEmpty() && !java.util.Arrays.asList(only.split(",")).contains(kind.name())) {
        continue;
      }
      // -Dtenkai.faults.everyK=true -Dtenkai.faults.range=1-14 sweeps only those k.
      String[] range = System.getProperty("tenkai.faults.range", "1-" + REFERENCE_MUTATING_CALLS).split("-");
      IntStream ks = everyK ? IntStream.rangeClosed(Integer.parseInt(range[0].trim()), Integer.parseInt(range[1].trim())) : spread(kind);
      ks.forEach(k -> out.add(Arguments.of(kind, k)));
    }
    return out.stream();
  }

  /** Four k per kind (first, two inside, last), offset per kind so that together they touch twelve different calls. */
  private static IntStream spread(FaultInjector.Kind kind) {
    int offset = kind.ordinal() * 4;
    return IntStream.of(1 + offset, 19 + offset, 37 + offset, REFERENCE_MUTATING_CALLS - offset);
  }

  @ParameterizedTest(name = "{0} at mutating call {1}")
  @MethodSource("faults")
  void applyFailsClearlyThenConvergesExactlyAndDestroysCleanly(FaultInjector.Kind kind, int k, LocalEmulator moto) {
    failAndConverge(kind, k, SWEEP_CONCURRENCY, moto);
  }

  /**
   * The same at the default concurrency (above 1): the k-th call is then not always the same call (the
   * order of parallel calls varies), and other changes may be in flight when it fails;
   * FaultWithCallsInFlightOnMotoTest pins that case down.
   */
  @ParameterizedTest(name = "{0} at mutating call {1}, default concurrency")
  @org.junit.jupiter.params.provider.CsvSource({"THROTTLING, 9", "SERVER_ERROR, 23", "CONNECTION_RESET, 31", "RESPONSE_LOST, 17"})
  void atTheDefaultConcurrency(FaultInjector.Kind kind, int k, LocalEmulator moto) {
    failAndConverge(kind, k, AwsOptions.builder().build().execution().concurrency(), moto);
  }

  private void failAndConverge(FaultInjector.Kind kind, int k, int concurrency, LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    FaultInjector faults = new FaultInjector();
    try (AwsProvider aws = AwsProvider.create(options(moto, t, faults, concurrency).build())) {
      ResourceCensus census = ResourceCensus.baseline(aws.clients(t), t.name());
      Plan plan = aws.plan(t);

      faults.failMutating(k, kind);
      ApplyResult failed = aws.apply(plan, ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      faults.disarm();
      assertThat(faults.injected()).as("the fault fired").hasSize(1);
      String operation = faults.injected().get(0);
      assertThat(failed.succeeded()).as(failed.summary()).isFalse();
      assertThat(failed.failed()).as("exactly one change failed, for the injected reason").singleElement()
          .satisfies(f -> assertThat(f.cause()).hasMessageContaining(FaultInjector.MARK).hasMessageContaining(operation));
      assertThat(failed.summary()).contains(failed.failed().get(0).change().logicalId()).contains(FaultInjector.MARK);
      // Every change of the plan is accounted for: done, failed, or never started.
      List<String> accounted = Stream.of(
              failed.done().stream().map(Change::logicalId),
              failed.failed().stream().map(f -> f.change().logicalId()),
              failed.notStarted().stream().map(Change::logicalId))
          .flatMap(s -> s).sorted().collect(Collectors.toList());
      assertThat(accounted).containsExactlyElementsOf(plan.mutations().stream().map(Change::logicalId).sorted().collect(Collectors.toList()));
      assertThat(census.untagged()).as("no untagged resource after the failed apply")
          .allSatisfy((kindName, ids) -> assertThat(ids).as(kindName).isEmpty());

      ApplyResult second = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      assertThat(second.succeeded()).as("second apply after %s at call %d (%s, concurrency %d): %s", kind, k, operation, concurrency, second.summary()).isTrue();
      Plan after = aws.plan(t);
      assertThat(after.hasChanges()).as(after.render()).isFalse();
      assertThat(census.appearedCounts()).as("resources after convergence").isEqualTo(expected(aws.desired(t)));
      assertThat(census.untagged()).as("no untagged resource after convergence")
          .allSatisfy((kindName, ids) -> assertThat(ids).as(kindName).isEmpty());

      ApplyResult gone = aws.destroy(t, true, ApplyListener.NONE);
      // moto has no DeleteCacheSubnetGroup (docs/aws.md): the one failure destroy reports there.
      assertThat(gone.failed()).extracting(f -> f.change().logicalId()).containsExactly("cache-subnet-group/cache");
      assertThat(census.appeared()).as("nothing owned is left after destroy")
          .allSatisfy((kindName, ids) -> assertThat(ids).as(kindName).isEmpty());
    }
  }

  /**
   * Calls 6 and 7 are CreateHostedZone and its ChangeTagsForResource (Route 53 cannot tag at
   * creation): losing either once left an untagged zone that the re-apply duplicated.
   */
  @ParameterizedTest(name = "regression: {0} at mutating call {1}")
  @org.junit.jupiter.params.provider.CsvSource({"RESPONSE_LOST, 6", "THROTTLING, 7", "RESPONSE_LOST, 7"})
  void aHostedZoneWhoseTaggingNeverHappenedIsStillFound(FaultInjector.Kind kind, int k, LocalEmulator moto) {
    failAndConverge(kind, k, 1, moto);
  }

  /** The model's count per kind that the census reads. */
  static Map<String, Integer> expected(DesiredStack desired) {
    Set<String> read = Set.of("vpc", "subnet", "internet-gateway", "security-group", "instance", "eip", "nat-gateway", "route-table",
        "load-balancer", "target-group", "listener", "db-instance", "db-subnet-group", "replication-group", "cache-cluster", "hosted-zone", "dns-record");
    Map<String, Integer> m = new TreeMap<>();
    read.forEach(k -> m.put(k, 0));
    desired.resources().values().stream().filter(r -> read.contains(r.kind().label()))
        .forEach(r -> m.merge(r.kind().label(), 1, Integer::sum));
    return m;
  }
}
