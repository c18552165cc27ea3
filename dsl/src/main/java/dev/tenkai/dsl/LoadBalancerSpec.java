package dev.tenkai.dsl;

import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.Listener;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.Stickiness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A load balancer. Unless told otherwise it is an application load balancer, internet-facing, in
 * the first public tier, with a node in every zone of the topology, cross-zone, without
 * stickiness, with the model's default health check; all of it visible in the built {@link
 * LoadBalancer}. Server groups join it with {@link ServerGroupSpec#behind(String)} or {@link
 * #forwardTo(String...)}.
 *
 * <pre>{@code
 * t.loadBalancer("web-lb", lb -> lb
 *     .http(80)
 *     .https(443, "arn:aws:acm:ap-northeast-1:111122223333:certificate/example")
 *     .healthCheck(h -> h.path("/health").gracePeriod(Duration.ofSeconds(60))))
 * }</pre>
 */
public final class LoadBalancerSpec {
  private final String name;
  private LoadBalancerKind kind;
  private String tier;
  private Boolean internetFacing;
  private final List<String> zones = new ArrayList<>();
  private final List<Listener> listeners = new ArrayList<>();
  private HealthCheckSpec healthCheck;
  private Stickiness stickiness;
  private Boolean crossZone;
  private Duration deregistrationDelay;
  private final List<String> backends = new ArrayList<>();

  LoadBalancerSpec(String name) {
    this.name = name;
  }

  /**
   * A classic load balancer (the seed's 2012 ELB) instead of an application one.
   *
   * <pre>{@code lb.classic()}</pre>
   */
  public LoadBalancerSpec classic() {
    this.kind = LoadBalancerKind.CLASSIC;
    return this;
  }

  /**
   * An application (layer 7) load balancer: the model's default, said out loud.
   *
   * <pre>{@code lb.application()}</pre>
   */
  public LoadBalancerSpec application() {
    this.kind = LoadBalancerKind.APPLICATION;
    return this;
  }

  /**
   * A plain HTTP listener on {@code port}.
   *
   * <pre>{@code lb.http(80)}</pre>
   */
  public LoadBalancerSpec http(int port) {
    listeners.add(Listener.http(port));
    return this;
  }

  /**
   * An HTTPS listener on {@code port} with a reference to its certificate (never the key).
   *
   * <pre>{@code lb.https(443, "arn:aws:acm:ap-northeast-1:111122223333:certificate/example")}</pre>
   */
  public LoadBalancerSpec https(int port, String certificateRef) {
    listeners.add(Listener.https(port, certificateRef));
    return this;
  }

  /**
   * The zones it has a node in, when not every zone of the topology.
   *
   * <pre>{@code lb.zones("a", "c")}</pre>
   */
  public LoadBalancerSpec zones(String... zones) {
    this.zones.addAll(List.of(zones));
    return this;
  }

  /**
   * The public tier its nodes live in, when not the first public tier.
   *
   * <pre>{@code lb.tier("edge")}</pre>
   */
  public LoadBalancerSpec tier(String tier) {
    this.tier = tier;
    return this;
  }

  /**
   * Not reachable from the internet (an internal load balancer).
   *
   * <pre>{@code lb.internal().tier("private")}</pre>
   */
  public LoadBalancerSpec internal() {
    this.internetFacing = false;
    return this;
  }

  /**
   * The health check, starting from the model's defaults.
   *
   * <pre>{@code lb.healthCheck(h -> h.path("/health").interval(Duration.ofSeconds(10)))}</pre>
   */
  public LoadBalancerSpec healthCheck(Consumer<HealthCheckSpec> body) {
    HealthCheckSpec spec = new HealthCheckSpec();
    body.accept(spec);
    this.healthCheck = spec;
    return this;
  }

  /**
   * Binds each client to one backend for {@code duration} (lesson 1: prefer a shared session
   * store).
   *
   * <pre>{@code lb.stickySessions(Duration.ofHours(1))}</pre>
   */
  public LoadBalancerSpec stickySessions(Duration duration) {
    this.stickiness = Stickiness.on(duration);
    return this;
  }

  /**
   * Whether each node spreads traffic over every zone's backends (model default: yes).
   *
   * <pre>{@code lb.crossZone(false)}</pre>
   */
  public LoadBalancerSpec crossZone(boolean crossZone) {
    this.crossZone = crossZone;
    return this;
  }

  /**
   * How long a deregistered backend drains in-flight requests (model default 30 s).
   *
   * <pre>{@code lb.deregistrationDelay(Duration.ofSeconds(10))}</pre>
   */
  public LoadBalancerSpec deregistrationDelay(Duration delay) {
    this.deregistrationDelay = delay;
    return this;
  }

  /**
   * The server groups behind it, from the load balancer's side.
   *
   * <pre>{@code lb.forwardTo("web")}</pre>
   */
  public LoadBalancerSpec forwardTo(String... serverGroups) {
    backends.addAll(List.of(serverGroups));
    return this;
  }

  String name() {
    return name;
  }

  LoadBalancer build(Layout layout, List<String> joined) {
    Set<String> allBackends = new LinkedHashSet<>(backends);
    allBackends.addAll(joined);
    ImmutableLoadBalancer.Builder b =
        LoadBalancer.builder()
            .name(name)
            .tier(tier != null ? tier : layout.publicTier())
            .zones(zones.isEmpty() ? layout.zones() : zones)
            .listeners(listeners)
            .backends(allBackends);
    if (kind != null) {
      b.kind(kind);
    }
    if (internetFacing != null) {
      b.internetFacing(internetFacing);
    }
    if (healthCheck != null) {
      b.healthCheck(healthCheck.build());
    }
    if (stickiness != null) {
      b.stickiness(stickiness);
    }
    if (crossZone != null) {
      b.crossZone(crossZone);
    }
    if (deregistrationDelay != null) {
      b.deregistrationDelay(deregistrationDelay);
    }
    return b.build();
  }
}
