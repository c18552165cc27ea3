package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "What if we restart the web tier?": how many servers of a group are in service, over time,
 * while it is restarted or redeployed by its {@link RestartPolicy}, behind its load balancer.
 *
 * <h2>The model</h2>
 *
 * <ul>
 *   <li><b>Batches.</b> All at once is one batch of every server. Zone by zone is one batch per
 *       zone, in the topology's zone order. Batches of k take servers zone after zone in zone
 *       order, k at a time (a batch may straddle two zones). The next batch starts the moment the
 *       previous one is back in service.
 *   <li><b>In place</b> ({@link RestartMode#IN_PLACE}, the seed's deploy tool): a restarted server
 *       stops answering at once and is out of service; it boots for the group's {@code bootTime}.
 *       The load balancer keeps routing requests to it (they fail) until it answers again or the
 *       health check declares it dead after {@link HealthCheck#timeToDeclareDead()} (the grace
 *       period, then interval times unhealthy threshold). If it boots first it is never
 *       detached and is back in service at {@code bootTime}. Otherwise it is detached and only
 *       re-enters after {@code bootTime} plus {@link HealthCheck#timeToInService()} (interval
 *       times healthy threshold).
 *   <li><b>Drain first</b> ({@link RestartMode#DRAIN_FIRST}): the batch is deregistered (out of
 *       service, nothing fails), drains for the load balancer's {@code deregistrationDelay}, is
 *       restarted, boots, is registered again and is back after {@code timeToInService}.
 *   <li><b>Surge</b> ({@link RestartMode#SURGE}, how {@code tenkai apply} replaces servers): the
 *       batch's new servers boot beside the old ones, are registered and pass the health check
 *       after {@code bootTime} plus {@code timeToInService}; then the old ones are deregistered
 *       and drain for the {@code deregistrationDelay} before they are terminated. No server
 *       leaves service before its replacement is in it, so the capacity never drops; a batch
 *       lasts {@code bootTime + timeToInService + deregistrationDelay}, and the next batch starts
 *       when the old servers are gone.
 *   <li>Without a load balancer in front of the group, a server is in service once booted.
 *   <li>Every number follows from these rules and the model's durations; the group's servers are
 *       handled as counts per zone, and identical consecutive batches as one {@link RestartWave},
 *       so the cost does not grow with the number of servers.
 * </ul>
 *
 * <p>The load balancer is the first one whose backends include the group. Capacity is what is
 * reachable ({@link Reachability}): servers in zones where no load balancer in front of the group
 * has a node never receive requests and are never counted as in service.
 */
public final class RestartTimeline {
  private final String group;
  private final RestartPolicy policy;
  private final RestartMode mode;
  private final Optional<String> loadBalancer;
  private final boolean crossZone;
  private final ImmutableList<String> balancerZones;
  private final ImmutableMap<String, Integer> servers;
  private final int total;
  private final ImmutableSet<String> routed;
  private final int reachable;
  private final int needed;
  private final Duration bootTime;
  private final boolean detached;
  private final Duration failingWindowPerBatch;
  private final ImmutableList<RestartWave> waves;
  private final Duration detachAt;
  private final Duration drain;
  private final Duration toInService;

  private RestartTimeline(Topology t, ServerGroup g, RestartPolicy policy, RestartMode mode) {
    this.group = g.name();
    this.policy = policy;
    this.mode = mode;
    Optional<LoadBalancer> lb =
        t.loadBalancersOf(g.name()).stream().findFirst();
    this.loadBalancer = lb.map(LoadBalancer::name);
    this.crossZone = lb.map(LoadBalancer::crossZone).orElse(true);
    this.balancerZones = lb.map(l -> ImmutableList.copyOf(l.zones())).orElse(ImmutableList.of());
    Map<String, Integer> perZone = new LinkedHashMap<>();
    for (String z : t.zones()) {
      if (g.countIn(z) > 0) {
        perZone.put(z, g.countIn(z));
      }
    }
    this.servers = ImmutableMap.copyOf(perZone);
    this.total = g.total();
    // Capacity is what is reachable: servers in zones no load balancer node routes to are not in service.
    Set<String> zones = Reachability.of(t).routingZones(g.name()).orElse(perZone.keySet());
    this.routed = ImmutableSet.copyOf(zones);
    this.reachable = perZone.entrySet().stream().filter(e -> routed.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    this.needed = g.minimumInService();
    this.bootTime = g.bootTime();
    Optional<HealthCheck> hc = lb.map(LoadBalancer::healthCheck);
    if (lb.isEmpty()) {
      drain = Duration.ZERO;
      toInService = Duration.ZERO;
      detached = false;
      failingWindowPerBatch = Duration.ZERO;
      detachAt = Duration.ZERO;
    } else if (mode == RestartMode.DRAIN_FIRST || mode == RestartMode.SURGE) {
      drain = lb.get().deregistrationDelay();
      toInService = hc.get().timeToInService();
      detached = false;
      failingWindowPerBatch = Duration.ZERO;
      detachAt = Duration.ZERO;
    } else {
      Duration dead = hc.get().timeToDeclareDead();
      drain = Duration.ZERO;
      detached = dead.compareTo(bootTime) < 0;
      toInService = detached ? hc.get().timeToInService() : Duration.ZERO;
      failingWindowPerBatch = detached ? dead : bootTime;
      detachAt = detached ? dead : Duration.ZERO;
    }
    Duration batch = drain.plus(bootTime).plus(toInService);
    this.waves = RestartBatches.waves(RestartBatches.of(policy, servers), batch);
  }

  /** The restart of {@code group} in {@code topology} by the group's own restart policy, in place. */
  public static RestartTimeline of(Topology topology, String group) {
    ServerGroup g = group(topology, group);
    return new RestartTimeline(topology, g, g.restartPolicy(), RestartMode.IN_PLACE);
  }

  /** The restart of {@code group} by {@code policy} instead of the group's own, in place. */
  public static RestartTimeline of(Topology topology, String group, RestartPolicy policy) {
    return new RestartTimeline(topology, group(topology, group), policy, RestartMode.IN_PLACE);
  }

  /** The restart of {@code group} by {@code policy}, each batch leaving service by {@code mode}. */
  public static RestartTimeline of(
      Topology topology, String group, RestartPolicy policy, RestartMode mode) {
    return new RestartTimeline(topology, group(topology, group), policy, mode);
  }

  private static ServerGroup group(Topology t, String name) {
    return t.serverGroup(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no server group '"
                        + name
                        + "' in topology "
                        + t.name()
                        + " (server groups: "
                        + t.serverGroups().stream().map(ServerGroup::name).collect(Collectors.toList())
                        + ")"));
  }

  // ---- what it is --------------------------------------------------------------------------

  /** The server group restarted. */
  public String group() {
    return group;
  }

  /** The policy followed. */
  public RestartPolicy policy() {
    return policy;
  }

  /** How batches leave service. */
  public RestartMode mode() {
    return mode;
  }

  /** The load balancer in front of the group, if any. */
  public Optional<String> loadBalancer() {
    return loadBalancer;
  }

  /** The group's servers per zone, in zone order. */
  public Map<String, Integer> servers() {
    return servers;
  }

  /** The group's servers in all. */
  public int totalServers() {
    return total;
  }

  /**
   * The group's servers that are in service when none restarts: those in zones where a load
   * balancer in front of it has a node (every server without one). See {@link Reachability}.
   */
  public int reachableServers() {
    return reachable;
  }

  /** The servers the service declares it needs in service ({@code minimumInService}). */
  public int needed() {
    return needed;
  }

  /** The runs of identical batches, in order. */
  public List<RestartWave> waves() {
    return waves;
  }

  /** How many batches. */
  public int batches() {
    return waves.stream().mapToInt(RestartWave::batches).sum();
  }

  /** Whether the health check detaches each restarted server because it boots too slowly. */
  public boolean detached() {
    return detached;
  }

  /**
   * How long, in each batch, the load balancer keeps routing requests to servers that do not
   * answer (they fail): until they boot, or until they are declared dead. Zero when draining first.
   */
  public Duration failingWindowPerBatch() {
    return failingWindowPerBatch;
  }

  /** How long each batch takes: out of service, or, when surging, until its old servers are gone. */
  public Duration batchDuration() {
    return waves.isEmpty() ? Duration.ZERO : waves.get(0).batchDuration();
  }

  // ---- what it means -----------------------------------------------------------------------

  /** How long the whole restart takes. */
  public Duration duration() {
    return waves.isEmpty() ? Duration.ZERO : waves.get(waves.size() - 1).end();
  }

  /** The fewest servers in service at any time during the restart. */
  public int minimumCapacity() {
    if (batchDuration().isZero()) {
      return reachable;
    }
    return reachable - waves.stream().mapToInt(this::outPerBatch).max().orElse(0);
  }

  /**
   * The servers each batch of {@code wave} takes out of service: its size, or none when the
   * replacements surge in before the old servers leave.
   */
  int outPerBatch(RestartWave wave) {
    if (mode == RestartMode.SURGE) {
      return 0;
    }
    return wave.batchPerZone().entrySet().stream().filter(e -> routed.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
  }

  /** Servers in service in {@code zone} while a batch of {@code wave} is out (or none restarting). */
  int inServiceIn(String zone, Optional<RestartWave> wave) {
    if (!routed.contains(zone)) {
      return 0;
    }
    int out = wave.filter(w -> mode != RestartMode.SURGE).map(w -> w.batchPerZone().getOrDefault(zone, 0)).orElse(0);
    return servers.getOrDefault(zone, 0) - out;
  }

  /**
   * The most servers running beyond the group's count at one time: the largest batch when
   * surging (new and old run side by side), otherwise none. Instance quotas must allow for it.
   */
  public int surgeServers() {
    return mode == RestartMode.SURGE ? waves.stream().mapToInt(RestartWave::batchSize).max().orElse(0) : 0;
  }

  /** Whether no server at all is in service at some time (the seed's "all detached, 502"). */
  public boolean fullOutage() {
    return !outageTime().isZero();
  }

  /** How long, in all, no server is in service. */
  public Duration outageTime() {
    return timeWhere((w, left) -> left == 0);
  }

  /** The spans of time when no server is in service. */
  public List<Span> outageSpans() {
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    for (RestartWave w : waves) {
      if (reachable - outPerBatch(w) == 0 && !w.batchDuration().isZero()) {
        out.add(new Span(w.start(), w.end()));
      }
    }
    return out.build();
  }

  /** How long fewer servers are in service than the service declares it needs. */
  public Duration timeBelowNeeded() {
    return timeWhere((w, left) -> left < needed);
  }

  /**
   * How long some zone of the load balancer has no server in service while others do, with
   * cross-zone off: requests reaching that zone's node fail even though the service is not down.
   */
  public Duration zoneGapTime() {
    if (crossZone || balancerZones.isEmpty()) {
      return Duration.ZERO;
    }
    // Only zones with servers: a node without servers in its zone fails with or without a restart.
    return timeWhere(
        (w, left) ->
            left > 0
                && balancerZones.stream()
                    .anyMatch(z -> servers.getOrDefault(z, 0) > 0 && inServiceIn(z, Optional.of(w)) == 0));
  }

  /**
   * The zones of the load balancer whose servers a batch takes out of service all together while
   * other zones still serve, with cross-zone off (requests reaching those zones' nodes fail); in
   * zone order, empty with cross-zone on.
   */
  public List<String> emptiedZones() {
    if (crossZone || balancerZones.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (RestartWave w : waves) {
      if (reachable - outPerBatch(w) == 0 || w.batchDuration().isZero()) {
        continue;
      }
      for (String z : balancerZones) {
        if (servers.getOrDefault(z, 0) > 0 && inServiceIn(z, Optional.of(w)) == 0 && !out.contains(z)) {
          out.add(z);
        }
      }
    }
    return out;
  }

  private interface WaveCondition {
    boolean holds(RestartWave wave, int inServiceDuringBatch);
  }

  private Duration timeWhere(WaveCondition c) {
    Duration sum = Duration.ZERO;
    for (RestartWave w : waves) {
      if (c.holds(w, reachable - outPerBatch(w))) {
        sum = sum.plus(w.batchDuration().multipliedBy(w.batches()));
      }
    }
    return sum;
  }

  /** The servers in service at {@code at} since the restart began. */
  public int inServiceAt(Duration at) {
    for (RestartWave w : waves) {
      if (at.compareTo(w.start()) >= 0 && at.compareTo(w.end()) < 0) {
        return reachable - outPerBatch(w);
      }
    }
    return reachable;
  }

  /**
   * Every step of the timeline, batch after batch. Its length grows with the number of batches
   * (four or five steps each); prefer {@link #waves()} and the summaries for very many batches.
   */
  public List<RestartStep> steps() {
    return RestartSteps.of(this, bootTime, toInService, drain, detachAt);
  }

  /** A span of time since the restart began. */
  public record Span(Duration from, Duration to) {
    /** How long it lasts. */
    public Duration length() {
      return to.minus(from);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "restart %s %s: %d batches, %s, minimum %d of %d in service, outage %s",
        group,
        policy.strategy(),
        batches(),
        duration(),
        minimumCapacity(),
        total,
        outageTime());
  }
}
