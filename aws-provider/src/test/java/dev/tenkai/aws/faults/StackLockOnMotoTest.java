package dev.tenkai.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.StackLock;
import dev.tenkai.aws.StackLockedException;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Two applies of one stack at once, a lock left by a dead process, and release, on moto. */
@ExtendWith(MotoExtension.class)
class StackLockOnMotoTest {
  private final Validator noRules = Validator.builder().build();

  private static AwsOptions.Builder options(LocalEmulator moto, Topology t) {
    return moto.options(t).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20));
  }

  /** Holds the first CreateVpc until released, so a second apply starts while the first runs. */
  static final class Gate implements ExecutionInterceptor {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      if (context.request() instanceof CreateVpcRequest) {
        reached.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void aSecondApplyOfTheSameStackRefusesWhileTheFirstRuns(LocalEmulator moto) throws Exception {
    Topology t = ReferenceTopologies.modern();
    Gate gate = new Gate();
    // One set of options for both (each call of moto.options requests a new certificate).
    AwsOptions base = options(moto, t).build();
    try (AwsProvider first = AwsProvider.create(base.toBuilder().lockOwner("first@ci").interceptor(gate).build());
        AwsProvider second = AwsProvider.create(base.toBuilder().lockOwner("second@laptop").build())) {
      Plan plan1 = first.plan(t);
      Plan plan2 = second.plan(t);
      CompletableFuture<ApplyResult> running = CompletableFuture.supplyAsync(() -> first.apply(plan1, ApplyGate.validatedBy(noRules), ApplyListener.NONE));
      assertThat(gate.reached.await(60, TimeUnit.SECONDS)).as("the first apply reached CreateVpc").isTrue();
      try {
        assertThatThrownBy(() -> second.apply(plan2, ApplyGate.validatedBy(noRules), ApplyListener.NONE))
            .isInstanceOf(StackLockedException.class)
            .hasMessageContaining("stack '" + t.name() + "' is locked by first@ci")
            .hasMessageContaining(StackLock.name(t.name()))
            .hasMessageContaining("wait for it");
        assertThatThrownBy(() -> second.destroy(t, true, ApplyListener.NONE)).isInstanceOf(StackLockedException.class);
      } finally {
        gate.release.countDown();
      }
      ApplyResult r = running.get(120, TimeUnit.SECONDS);
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      // Released at the end: the second one may now apply (nothing to do) and destroy.
      assertThat(keyPairs(second.clients(t).ec2())).isEmpty();
      assertThat(second.plan(t).hasChanges()).isFalse();
      ApplyResult gone = second.destroy(t, true, ApplyListener.NONE);
      assertThat(gone.failed()).extracting(f -> f.change().logicalId()).containsExactly("cache-subnet-group/cache");
      assertThat(keyPairs(second.clients(t).ec2())).isEmpty();
    }
  }

  @Test
  void aStaleLockIsBrokenAndTheBreakReported(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = AwsProvider.create(options(moto, t).lockOwner("next@ci").lockStaleAfter(Duration.ofMinutes(10)).build())) {
      Ec2Client ec2 = aws.clients(t).ec2();
      // A process that died holding the lock: its last heartbeat is 11 minutes old.
      Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(11)), java.time.ZoneOffset.UTC);
      StackLock.acquire(ec2, t.name(), "dead@ci pid 42", Duration.ofMinutes(10), past, m -> { });
      List<String> notices = new CopyOnWriteArrayList<>();
      ApplyResult r = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), new ApplyListener() {
        @Override
        public void lockNotice(String message) {
          notices.add(message);
        }
      });
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      assertThat(notices).singleElement().satisfies(n -> assertThat(n)
          .contains("broke the stale lock of stack '" + t.name() + "' held by dead@ci pid 42").contains("older than PT10M"));
      assertThat(keyPairs(ec2)).isEmpty();
    }
  }

  @Test
  void aLockKnownDeadIsBrokenAtOnceOnlyByNamingItsHolder(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = AwsProvider.create(options(moto, t).lockOwner("next@ci").build())) {
      Ec2Client ec2 = aws.clients(t).ec2();
      assertThat(aws.breakLock(t, "anyone")).contains("is not locked");
      // A holder that died a minute ago: its heartbeat is fresh, so apply would wait 10 minutes.
      StackLock.acquire(ec2, t.name(), "dead@ci pid 7", Duration.ofMinutes(10), Clock.systemUTC(), m -> { });
      assertThatThrownBy(() -> aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), ApplyListener.NONE))
          .isInstanceOf(StackLockedException.class).hasMessageContaining("tenkai unlock --holder \"dead@ci pid 7\"");
      // Naming the wrong holder breaks nothing.
      assertThatThrownBy(() -> aws.breakLock(t, "dead@ci pid 8"))
          .isInstanceOf(StackLockedException.class).hasMessageContaining("locked by dead@ci pid 7, not by dead@ci pid 8");
      assertThat(keyPairs(ec2)).hasSize(1);
      assertThat(aws.breakLock(t, "dead@ci pid 7")).contains("broke the lock of stack '" + t.name() + "' held by dead@ci pid 7");
      assertThat(keyPairs(ec2)).isEmpty();
      // The stack can be locked again at once.
      StackLock.acquire(ec2, t.name(), "next@ci", Duration.ofMinutes(10), Clock.systemUTC(), m -> { }).close();
      assertThat(keyPairs(ec2)).isEmpty();
    }
  }

  @Test
  void aFreshLockOfADifferentHolderIsNotBroken(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = AwsProvider.create(options(moto, t).lockOwner("next@ci").lockStaleAfter(Duration.ofMinutes(10)).build())) {
      Ec2Client ec2 = aws.clients(t).ec2();
      Clock recent = Clock.fixed(Instant.now().minus(Duration.ofMinutes(9)), java.time.ZoneOffset.UTC);
      StackLock held = StackLock.acquire(ec2, t.name(), "alive@ci", Duration.ofMinutes(10), recent, m -> { });
      Plan plan = aws.plan(t);
      assertThatThrownBy(() -> aws.apply(plan, ApplyGate.validatedBy(noRules), ApplyListener.NONE))
          .isInstanceOf(StackLockedException.class).hasMessageContaining("locked by alive@ci").hasMessageContaining("PT10M");
      // Nothing was created while refused.
      assertThat(ec2.describeVpcs(r -> r.filters(software.amazon.awssdk.services.ec2.model.Filter.builder().name("tag:" + StackTags.STACK).values(t.name()).build())).vpcs()).isEmpty();
      held.heartbeat();
      assertThat(keyPairs(ec2)).singleElement().satisfies(tags -> assertThat(tags).anySatisfy(tag -> {
        assertThat(tag.key()).isEqualTo(StackLock.HEARTBEAT);
        assertThat(Instant.parse(tag.value())).isEqualTo(recent.instant());
      }));
      held.close();
      assertThat(keyPairs(ec2)).isEmpty();
      assertThat(aws.apply(plan, ApplyGate.validatedBy(noRules), ApplyListener.NONE).succeeded()).isTrue();
    }
  }

  private static List<List<Tag>> keyPairs(Ec2Client ec2) {
    return ec2.describeKeyPairs(r -> { }).keyPairs().stream().filter(k -> k.keyName().startsWith("tenkai-lock-")).map(k -> k.tags()).toList();
  }
}
