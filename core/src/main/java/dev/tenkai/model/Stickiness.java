package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import org.immutables.value.Value;

/** Session stickiness at the load balancer: binds a client to one backend for a while. */
@Value.Immutable
@JsonSerialize(as = ImmutableStickiness.class)
@JsonDeserialize(as = ImmutableStickiness.class)
public abstract class Stickiness {
  /** Whether stickiness is on. */
  public abstract boolean enabled();

  /** How long a client stays bound. */
  @Value.Default
  public Duration duration() {
    return Duration.ofDays(1);
  }

  /** Stickiness off (the seed's lesson 1: keep sessions in a shared store). */
  public static Stickiness off() {
    return ImmutableStickiness.builder().enabled(false).build();
  }

  /** Stickiness on, bound for {@code duration}. */
  public static Stickiness on(Duration duration) {
    return ImmutableStickiness.builder().enabled(true).duration(duration).build();
  }
}
