package dev.tenkai.aws;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an apply or destroy runs: how many changes at once, how long to wait for a resource and how
 * often to look, whether deletions are waited out, and how long draining may take.
 */
@Value.Immutable
@OptionsStyle
public abstract class ExecutionOptions {
  /**
   * How many resources are created, changed or deleted at once. Ten, Terraform's default
   * parallelism: with 4 the apply benchmark (docs/performance.md) spent 1.7-2x the dependency
   * graph's critical path on the reference deployment, waiting for a free worker rather than for
   * AWS; from 8 on it came within 1.3x.
   */
  @Value.Default
  public int concurrency() {
    return 10;
  }

  /** The longest a resource may take to become ready (or gone) after a call. */
  @Value.Default
  public Duration readinessTimeout() {
    return Duration.ofMinutes(30);
  }

  /** Time between readiness polls. */
  @Value.Default
  public Duration pollInterval() {
    return Duration.ofSeconds(15);
  }

  /**
   * Whether a deletion waits until the resource is gone (the default). When false, ElastiCache
   * deletions return once AWS accepted them (the resource may still be "deleting"); the executor
   * retries a later deletion that finds it still in use.
   */
  @Value.Default
  public boolean awaitDeletion() {
    return true;
  }

  /**
   * The longest a rolling change waits for deregistered servers to drain before terminating
   * them. Empty (the default): until the load balancer reports them drained, which takes the
   * target group's deregistration delay, so no request in flight is cut.
   */
  public abstract Optional<Duration> drainLimit();

  @Value.Check
  void check() {
    checkArgument(concurrency() >= 1 && concurrency() <= 64, "concurrency must be 1..64, got %s", concurrency());
    positive("readinessTimeout", readinessTimeout());
    positive("pollInterval", pollInterval());
    drainLimit().ifPresent(d -> checkArgument(!d.isNegative(), "drain limit must not be negative, got %s", d));
  }

  private static void positive(String name, Duration d) {
    checkArgument(!d.isNegative() && !d.isZero(), "%s must be positive, got %s", name, d);
  }

  /** A new builder with the defaults: 10 at once, 30 minutes' readiness, a poll every 15 s, deletions awaited, no drain limit. */
  public static ImmutableExecutionOptions.Builder builder() {
    return ImmutableExecutionOptions.builder();
  }
}
