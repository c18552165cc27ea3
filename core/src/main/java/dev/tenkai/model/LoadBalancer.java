package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/** A load balancer in front of server groups, serving some zones. */
@Value.Immutable
@JsonSerialize(as = ImmutableLoadBalancer.class)
@JsonDeserialize(as = ImmutableLoadBalancer.class)
public abstract class LoadBalancer {
  /** Unique name, also its role in firewall rules, e.g. {@code "web-lb"}. */
  public abstract String name();

  /** Application or classic. */
  @Value.Default
  public LoadBalancerKind kind() {
    return LoadBalancerKind.APPLICATION;
  }

  /** The tier its nodes live in. */
  @Value.Default
  public String tier() {
    return "public";
  }

  /** Whether it faces the internet. */
  @Value.Default
  public boolean internetFacing() {
    return true;
  }

  /** The zones it has a node in. */
  public abstract List<String> zones();

  /** Its listeners. */
  public abstract List<Listener> listeners();

  /** Its health check. */
  @Value.Default
  public HealthCheck healthCheck() {
    return HealthCheck.defaults();
  }

  /** Its stickiness. */
  @Value.Default
  public Stickiness stickiness() {
    return Stickiness.off();
  }

  /** Whether each node spreads traffic across every zone's backends. */
  @Value.Default
  public boolean crossZone() {
    return true;
  }

  /** How long a deregistered backend drains in-flight requests. */
  @Value.Default
  public Duration deregistrationDelay() {
    return Duration.ofSeconds(30);
  }

  /** The names of the server groups behind it. */
  public abstract List<String> backends();

  /** A new builder. */
  public static ImmutableLoadBalancer.Builder builder() {
    return ImmutableLoadBalancer.builder();
  }
}
