package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
 * <p>The load balancer is the first one whose backends include the group. Servers in zones where
 * it has no node are counted as in service although it never routes to them; {@link ZoneFailure}
 * reports that layout (servers the load balancer cannot reach).
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
    this.waves = waves(batches(policy), batch);
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

  /** The batches, each as servers per zone, run-length encoded as (count, composition). */
  private List<Map.Entry<Integer, Map<String, Integer>>> batches(RestartPolicy p) {
    List<Map.Entry<Integer, Map<String, Integer>>> out = new ArrayList<>();
    switch (p.strategy()) {
      case ALL_AT_ONCE:
        out.add(Map.entry(1, servers));
        break;
      case ZONE_BY_ZONE:
        servers.forEach((z, n) -> out.add(Map.entry(1, Map.of(z, n))));
        break;
      case BATCHES:
        fill(p.batchSize(), out);
        break;
    }
    return out;
  }

  /** Batches of k zone after zone: whole batches inside a zone, one straddling batch between. */
  private void fill(int k, List<Map.Entry<Integer, Map<String, Integer>>> out) {
    List<String> zones = new ArrayList<>(servers.keySet());
    int[] remaining = zones.stream().mapToInt(servers::get).toArray();
    int i = 0;
    while (i < zones.size()) {
      if (remaining[i] >= k) {
        int whole = remaining[i] / k;
        out.add(Map.entry(whole, Map.of(zones.get(i), k)));
        remaining[i] -= whole * k;
      }
      if (remaining[i] == 0) {
        i++;
        continue;
      }
      // Fewer than k left in this zone: one batch takes them and continues into the next zones.
      Map<String, Integer> straddling = new LinkedHashMap<>();
      int room = k;
      while (i < zones.size() && room > 0) {
        int take = Math.min(room, remaining[i]);
        if (take > 0) {
          straddling.put(zones.get(i), take);
        }
        room -= take;
        remaining[i] -= take;
        if (remaining[i] == 0) {
          i++;
        }
      }
      out.add(Map.entry(1, straddling));
    }
  }

  private static ImmutableList<RestartWave> waves(
      List<Map.Entry<Integer, Map<String, Integer>>> batches, Duration batch) {
    ImmutableList.Builder<RestartWave> out = ImmutableList.builder();
    Duration start = Duration.ZERO;
    int first = 1;
    for (Map.Entry<Integer, Map<String, Integer>> b : batches) {
      RestartWave w = new RestartWave(first, b.getKey(), b.getValue(), start, batch);
      out.add(w);
      start = w.end();
      first += b.getKey();
    }
    return out.build();
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
      return total;
    }
    return total - waves.stream().mapToInt(this::outPerBatch).max().orElse(0);
  }

  /**
   * The servers each batch of {@code wave} takes out of service: its size, or none when the
   * replacements surge in before the old servers leave.
   */
  private int outPerBatch(RestartWave wave) {
    return mode == RestartMode.SURGE ? 0 : wave.batchSize();
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
      if (total - outPerBatch(w) == 0 && !w.batchDuration().isZero()) {
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
    return timeWhere(
        (w, left) ->
            left > 0
                && balancerZones.stream()
                    .anyMatch(z -> servers.getOrDefault(z, 0) - (outPerBatch(w) == 0 ? 0 : w.batchPerZone().getOrDefault(z, 0)) == 0));
  }

  private interface WaveCondition {
    boolean holds(RestartWave wave, int inServiceDuringBatch);
  }

  private Duration timeWhere(WaveCondition c) {
    Duration sum = Duration.ZERO;
    for (RestartWave w : waves) {
      if (c.holds(w, total - outPerBatch(w))) {
        sum = sum.plus(w.batchDuration().multipliedBy(w.batches()));
      }
    }
    return sum;
  }

  /** The servers in service at {@code at} since the restart began. */
  public int inServiceAt(Duration at) {
    for (RestartWave w : waves) {
      if (at.compareTo(w.start()) >= 0 && at.compareTo(w.end()) < 0) {
        return total - outPerBatch(w);
      }
    }
    return total;
  }

  /**
   * Every step of the timeline, batch after batch. Its length grows with the number of batches
   * (four or five steps each); prefer {@link #waves()} and the summaries for very many batches.
   */
  public List<RestartStep> steps() {
    List<RestartStep> out = new ArrayList<>();
    for (RestartWave w : waves) {
      Map<String, Integer> during = new LinkedHashMap<>();
      boolean leaves = outPerBatch(w) > 0;
      servers.forEach((z, n) -> during.put(z, n - (leaves ? w.batchPerZone().getOrDefault(z, 0) : 0)));
      int left = total - outPerBatch(w);
      for (int b = 0; b < w.batches(); b++) {
        Duration t0 = w.start().plus(w.batchDuration().multipliedBy(b));
        String name = "batch " + (w.firstBatch() + b) + " " + describe(w.batchPerZone());
        batchSteps(out, t0, name, during, left);
        String back = mode == RestartMode.SURGE ? " old servers terminated" : " back in service";
        add(out, new RestartStep(t0.plus(w.batchDuration()), servers, total, name + back));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private void batchSteps(
      List<RestartStep> out, Duration t0, String name, Map<String, Integer> during, int left) {
    if (mode == RestartMode.SURGE) {
      add(out, new RestartStep(t0, during, left, name + " replacements launched beside the old servers, booting"));
      if (loadBalancer.isPresent()) {
        add(out, new RestartStep(t0.plus(bootTime), during, left, name + " replacements booted, registered, awaiting health checks"));
        add(out, new RestartStep(t0.plus(bootTime).plus(toInService), during, left, name + " replacements in service; old servers deregistered, draining"));
      }
    } else if (loadBalancer.isEmpty()) {
      add(out, new RestartStep(t0, during, left, name + " restarted, booting"));
    } else if (mode == RestartMode.DRAIN_FIRST) {
      add(out, new RestartStep(t0, during, left, name + " deregistered, draining"));
      add(out, new RestartStep(t0.plus(drain), during, left, name + " restarted, booting"));
      add(out, new RestartStep(t0.plus(drain).plus(bootTime), during, left, name + " booted, registered, awaiting health checks"));
    } else {
      add(out, new RestartStep(t0, during, left, name + " restarted in place: requests routed to it fail"));
      if (detached) {
        add(out, new RestartStep(t0.plus(detachAt), during, left, name + " declared dead by the health check, detached"));
        add(out, new RestartStep(t0.plus(bootTime), during, left, name + " booted, awaiting health checks"));
      }
    }
  }

  /** Adds a step, merging it into the last one when both happen at the same time. */
  private static void add(List<RestartStep> out, RestartStep step) {
    RestartStep last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last != null && last.at().equals(step.at())) {
      out.set(
          out.size() - 1,
          new RestartStep(step.at(), step.inServicePerZone(), step.inService(), last.event() + "; " + step.event()));
    } else {
      out.add(step);
    }
  }

  private static String describe(Map<String, Integer> perZone) {
    return perZone.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(" ", "(", ")"));
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
