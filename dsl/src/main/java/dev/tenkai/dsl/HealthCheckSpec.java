package dev.tenkai.dsl;

import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.ImmutableHealthCheck;
import java.time.Duration;

/**
 * How the load balancer decides a backend is in service; whatever is not said keeps the model's
 * default (path {@code /}, every 30 s, 5 s timeout, 3 to enter, 2 to leave, no grace period).
 *
 * <pre>{@code lb.healthCheck(h -> h.path("/health").interval(Duration.ofSeconds(10)).gracePeriod(Duration.ofSeconds(60)))}</pre>
 */
public final class HealthCheckSpec {
  private final ImmutableHealthCheck.Builder builder = HealthCheck.builder();

  HealthCheckSpec() {}

  /**
   * The HTTP path probed.
   *
   * <pre>{@code h.path("/health")}</pre>
   */
  public HealthCheckSpec path(String path) {
    builder.path(path);
    return this;
  }

  /**
   * Time between probes.
   *
   * <pre>{@code h.interval(Duration.ofSeconds(10))}</pre>
   */
  public HealthCheckSpec interval(Duration interval) {
    builder.interval(interval);
    return this;
  }

  /**
   * How long a probe may take.
   *
   * <pre>{@code h.timeout(Duration.ofSeconds(2))}</pre>
   */
  public HealthCheckSpec timeout(Duration timeout) {
    builder.timeout(timeout);
    return this;
  }

  /**
   * Consecutive successes before a backend is in service.
   *
   * <pre>{@code h.healthyThreshold(2)}</pre>
   */
  public HealthCheckSpec healthyThreshold(int count) {
    builder.healthyThreshold(count);
    return this;
  }

  /**
   * Consecutive failures before a backend is out of service.
   *
   * <pre>{@code h.unhealthyThreshold(3)}</pre>
   */
  public HealthCheckSpec unhealthyThreshold(int count) {
    builder.unhealthyThreshold(count);
    return this;
  }

  /**
   * Time after a backend starts during which failed probes do not count; make it longer than
   * the servers' boot time (lesson 2).
   *
   * <pre>{@code h.gracePeriod(Duration.ofSeconds(60))}</pre>
   */
  public HealthCheckSpec gracePeriod(Duration grace) {
    builder.gracePeriod(grace);
    return this;
  }

  HealthCheck build() {
    return builder.build();
  }
}
