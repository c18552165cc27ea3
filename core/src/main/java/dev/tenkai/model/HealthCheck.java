package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import org.immutables.value.Value;

/** How the load balancer decides a backend is in service. */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthCheck.class)
@JsonDeserialize(as = ImmutableHealthCheck.class)
public abstract class HealthCheck {
  /** The HTTP path probed. */
  @Value.Default
  public String path() {
    return "/";
  }

  /** Time between probes. */
  @Value.Default
  public Duration interval() {
    return Duration.ofSeconds(30);
  }

  /** How long a probe may take. */
  @Value.Default
  public Duration timeout() {
    return Duration.ofSeconds(5);
  }

  /** Consecutive successes before a backend is in service. */
  @Value.Default
  public int healthyThreshold() {
    return 3;
  }

  /** Consecutive failures before a backend is out of service. */
  @Value.Default
  public int unhealthyThreshold() {
    return 2;
  }

  /** Time after a backend starts during which failed probes do not count. */
  @Value.Default
  public Duration gracePeriod() {
    return Duration.ZERO;
  }

  /**
   * How long a booting backend may fail probes before it is declared dead: the grace period, during
   * which failed probes do not count, then {@code unhealthyThreshold} failed probes.
   */
  public Duration timeToDeclareDead() {
    // Always the sum: a longer grace must never declare a backend dead sooner.
    return gracePeriod().plus(interval().multipliedBy(unhealthyThreshold()));
  }

  /** How long a healthy backend takes from answering to being in service. */
  public Duration timeToInService() {
    return interval().multipliedBy(healthyThreshold());
  }

  /** The defaults. */
  public static HealthCheck defaults() {
    return ImmutableHealthCheck.builder().build();
  }

  /** A new builder. */
  public static ImmutableHealthCheck.Builder builder() {
    return ImmutableHealthCheck.builder();
  }
}
