package dev.tenkai.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * A fault while other changes' calls are in flight, at concurrency 3 (every worker busy when the
 * fault hits): the first CreateSubnet fails only once two other changes have a call on its way (held there until a
 * second after the failure), so the failure meets parallel work. The apply must stop scheduling
 * new work, let the calls in flight finish and report them as done, report the failed change
 * with its cause and everything else as not started, and the report must match what exists.
 */
@ExtendWith(MotoExtension.class)
class FaultWithCallsInFlightOnMotoTest {
  private final Validator noRules = Validator.builder().build();

  /** Which change each apply thread is working on, from {@link ApplyListener#changeStarted}. */
  static final class Tracker implements ApplyListener {
    final Map<Thread, String> changeOf = new ConcurrentHashMap<>();
    final List<String> started = new CopyOnWriteArrayList<>();
    final List<String> startedAfterFault = new CopyOnWriteArrayList<>();
    volatile boolean faultFired;

    @Override
    public void changeStarted(Change change) {
      changeOf.put(Thread.currentThread(), change.logicalId());
      started.add(change.logicalId());
      if (faultFired) {
        startedAfterFault.add(change.logicalId());
      }
    }
  }

  /**
   * Fails the first call of {@code target} once two other changes have a mutating call in flight,
   * and holds those calls until a second after the failure, so they finish after it.
   */
  static final class InFlightFault implements ExecutionInterceptor {
    private final FaultInjector.Kind kind;
    private final String target;
    private final Tracker tracker;
    private final CountDownLatch release = new CountDownLatch(1);
    private final ThreadLocal<String> loseResponse = new ThreadLocal<>();
    final List<String> held = new CopyOnWriteArrayList<>();
    volatile String failedChange;
    private boolean targetTaken;

    InFlightFault(FaultInjector.Kind kind, String target, Tracker tracker) {
      this.kind = kind;
      this.target = target;
      this.tracker = tracker;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      String name = context.request().getClass().getSimpleName();
      String operation = name.substring(0, name.length() - "Request".length());
      if (!FaultInjector.isMutating(operation)) {
        return;
      }
      boolean isTarget;
      boolean hold;
      synchronized (this) {
        isTarget = !targetTaken && operation.equals(target);
        targetTaken |= isTarget;
        hold = !isTarget && targetTaken && !tracker.faultFired;
        if (hold) {
          held.add(tracker.changeOf.get(Thread.currentThread()));
        }
      }
      if (hold) {
        await(release, 30_000);
        return;
      }
      if (!isTarget) {
        return;
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (held.size() < 2 && System.nanoTime() < deadline) {
        sleep(10);
      }
      failedChange = tracker.changeOf.get(Thread.currentThread());
      tracker.faultFired = true;
      Thread releaser = new Thread(() -> {
        sleep(1000);
        release.countDown();
      }, "release-held-calls");
      releaser.setDaemon(true);
      releaser.start();
      if (kind == FaultInjector.Kind.RESPONSE_LOST) {
        loseResponse.set(operation);
        return;
      }
      throw FaultInjector.fault(operation, kind, context.httpRequest().host());
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
      String operation = loseResponse.get();
      if (operation != null) {
        loseResponse.remove();
        throw SdkClientException.create("Unable to execute HTTP request: Read timed out (" + FaultInjector.MARK + " in " + operation + ")",
            new java.net.SocketTimeoutException("Read timed out"));
      }
    }

    private static void await(CountDownLatch latch, long millis) {
      try {
        latch.await(millis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @ParameterizedTest(name = "{0} while two calls are in flight")
  @EnumSource(value = FaultInjector.Kind.class, names = {"SERVER_ERROR", "RESPONSE_LOST"})
  void inFlightWorkFinishesAndIsReportedAsDoneNothingNewStarts(FaultInjector.Kind kind, LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    Tracker tracker = new Tracker();
    InFlightFault fault = new InFlightFault(kind, "CreateSubnet", tracker);
    // Three workers: the failing call and the two held ones occupy all of them when the fault hits,
    // so "started after the failure" is exact. With idle workers (the default, 10) a change may
    // legitimately start between the fault and the moment the executor learns of it (the SDK's
    // exception handling); DependencyRunnerTest checks that nothing is handed out after that moment.
    // One attempt, so that the fault reaches the provider.
    try (AwsProvider aws = AwsProvider.create(moto.options(t).concurrency(3).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20)).interceptor(fault).build())) {
      ResourceCensus census = ResourceCensus.baseline(aws.clients(t), t.name());
      Plan plan = aws.plan(t);
      ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(noRules), tracker);

      assertThat(fault.held).as("calls in flight when the fault hit").hasSizeGreaterThanOrEqualTo(2).doesNotContainNull();
      assertThat(r.failed()).as(r.summary()).singleElement().satisfies(f -> {
        assertThat(f.change().logicalId()).isEqualTo(fault.failedChange).startsWith("subnet/");
        assertThat(f.cause()).hasMessageContaining(FaultInjector.MARK).hasMessageContaining("CreateSubnet");
      });
      Set<String> done = ids(r.done().stream());
      Set<String> notStarted = ids(r.notStarted().stream());
      assertThat(done).as("changes in flight at the failure finish and are reported done").containsAll(fault.held);
      assertThat(notStarted).as("in flight is not 'not started'").doesNotContainAnyElementsOf(fault.held).isNotEmpty();
      assertThat(tracker.startedAfterFault).as("no new change starts after the failure").isEmpty();
      Set<String> startedOrFailed = new HashSet<>(done);
      startedOrFailed.add(fault.failedChange);
      assertThat(new HashSet<>(tracker.started)).as("what started is exactly what is reported done or failed").isEqualTo(startedOrFailed);
      Set<String> all = new HashSet<>(done);
      all.addAll(notStarted);
      all.add(fault.failedChange);
      assertThat(all).hasSize(plan.mutations().size()).isEqualTo(ids(plan.mutations().stream()));

      // The report matches what exists: every done change's resource, the lost answer's subnet, nothing else.
      Set<String> exists = aws.discover(t).all().stream().map(CurrentResource::logicalId).collect(Collectors.toSet());
      Set<String> expected = new HashSet<>(done);
      if (kind == FaultInjector.Kind.RESPONSE_LOST) {
        expected.add(fault.failedChange);
      }
      assertThat(exists).isEqualTo(expected);
      assertThat(census.untagged()).allSatisfy((k, ids) -> assertThat(ids).as(k).isEmpty());

      ApplyResult second = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      assertThat(second.succeeded()).as(second.summary()).isTrue();
      assertThat(aws.plan(t).hasChanges()).isFalse();
      assertThat(census.appearedCounts()).isEqualTo(FaultSweepOnMotoTest.expected(aws.desired(t)));
      ApplyResult gone = aws.destroy(t, true, ApplyListener.NONE);
      // moto has no DeleteCacheSubnetGroup (docs/aws.md).
      assertThat(gone.failed()).extracting(f -> f.change().logicalId()).containsExactly("cache-subnet-group/cache");
      assertThat(census.appeared()).allSatisfy((k, ids) -> assertThat(ids).as(k).isEmpty());
    }
  }

  private static Set<String> ids(Stream<Change> changes) {
    return changes.map(Change::logicalId).collect(Collectors.toSet());
  }
}
