package dev.tenkai.aws.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tenkai.analysis.RestartMode;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.RestartWave;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.RestartStrategy;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a plan changes the servers behind a load balancer without downtime: per server group, the
 * ordered steps apply follows instead of deleting first and creating after.
 *
 * <ul>
 *   <li><b>Scale out</b>: the new servers (and any existing one the load balancer does not route
 *       to) are launched, registered, and pass the health check before anything else of the
 *       group is touched.
 *   <li><b>Replace</b>, in the batches of the group's {@link RestartPolicy}: each batch's
 *       replacements boot beside the old servers, are registered and pass the health check, then
 *       the old ones are deregistered, drained and terminated ({@link RestartMode#SURGE}). The
 *       batches and their durations are those of {@link RestartTimeline} in that mode.
 *   <li><b>Scale in</b>: the servers removed are deregistered and drained for the deregistration
 *       delay before they are terminated.
 * </ul>
 *
 * <p>A group is rolled only when it is behind exactly one load balancer whose target group exists
 * and stays (no rolling into a load balancer that is itself created or replaced), when it has no
 * per-server Elastic IPs, and when
 * no resource its servers depend on is replaced (a replaced subnet must be emptied first, which
 * the ordinary delete-then-create order does). Pure: built from the plan's changes.
 */
public final class RollingSchedule {
  private static final RollingSchedule EMPTY = new RollingSchedule(List.of(), List.of());

  private final ImmutableList<GroupRoll> groups;
  private final ImmutableList<Handover> handovers;

  private RollingSchedule(List<GroupRoll> groups, List<Handover> handovers) {
    this.groups = ImmutableList.copyOf(groups);
    this.handovers = ImmutableList.copyOf(handovers);
  }

  /** No rolling change. */
  public static RollingSchedule empty() {
    return EMPTY;
  }

  /** The rolling steps of {@code changes} (a plan for {@code topology}). */
  public static RollingSchedule of(Topology topology, List<Change> changes) {
    Map<String, Change> byId = new LinkedHashMap<>();
    changes.forEach(c -> byId.put(c.logicalId(), c));
    Set<String> replaced = changes.stream()
        .filter(c -> c.action() == ChangeAction.REPLACE || c.action() == ChangeAction.DELETE)
        .filter(c -> c.kind() != AwsKind.INSTANCE)
        .map(Change::logicalId)
        .collect(Collectors.toSet());
    List<GroupRoll> out = new ArrayList<>();
    for (ServerGroup g : topology.serverGroups()) {
      List<LoadBalancer> behind = topology.loadBalancers().stream().filter(l -> l.backends().contains(g.name())).collect(Collectors.toList());
      Optional<LoadBalancer> lb = behind.stream().findFirst();
      // Behind two load balancers, a server would have to pass both health checks: not rolled.
      if (behind.size() != 1 || g.elasticIp()) {
        continue;
      }
      Change tg = byId.get(TopologyMapping.targetGroupId(lb.get().name()));
      if (tg == null || !(tg.action() == ChangeAction.NO_CHANGE || tg.action() == ChangeAction.UPDATE)) {
        continue;
      }
      roll(topology, g, lb.get(), tg, changes, replaced).ifPresent(out::add);
    }
    List<Handover> handovers = handovers(topology, changes, replaced, out);
    return out.isEmpty() && handovers.isEmpty() ? EMPTY : new RollingSchedule(out, handovers);
  }

  /**
   * The bastion and NAT instances replaced create before destroy: the new one runs, what refers
   * to it (Elastic IP, routes) switches in place, then the old one is terminated. Also every
   * superseded duplicate of a single instance (a replacement stopped half-way), deleted last.
   */
  private static List<Handover> handovers(Topology t, List<Change> changes, Set<String> replacedOthers, List<GroupRoll> rolls) {
    Map<String, String> roles = new LinkedHashMap<>();
    t.bastion().ifPresent(b -> roles.put("instance/" + b.name(), "bastion"));
    t.egress().nats().stream().filter(n -> n.kind() == dev.tenkai.model.NatKind.INSTANCE)
        .forEach(n -> roles.put("instance/" + n.name(), "NAT instance"));
    Set<String> rolled = new HashSet<>();
    rolls.forEach(g -> g.steps().forEach(st -> rolled.addAll(st.servers())));
    List<Handover> out = new ArrayList<>();
    for (Change c : changes) {
      if (c.kind() != AwsKind.INSTANCE || rolled.contains(c.logicalId())) {
        continue;
      }
      String base = c.logicalId().contains("~") ? c.logicalId().substring(0, c.logicalId().indexOf('~')) : c.logicalId();
      if (c.action() == ChangeAction.DELETE && !base.equals(c.logicalId())) {
        out.add(new Handover(c.logicalId(), roles.getOrDefault(base, "server"), List.of(), true));
        continue;
      }
      if (c.action() != ChangeAction.REPLACE || !roles.containsKey(c.logicalId())
          || c.desired().orElseThrow().dependencies().stream().anyMatch(replacedOthers::contains)) {
        continue;
      }
      List<String> dependents = new ArrayList<>();
      boolean inPlace = true;
      for (Change other : changes) {
        if (other.desired().isPresent() && other.desired().get().dependencies().contains(c.logicalId())) {
          dependents.add(other.logicalId());
          inPlace &= other.action() == ChangeAction.UPDATE;
        }
      }
      if (inPlace) {
        out.add(new Handover(c.logicalId(), roles.get(c.logicalId()), dependents, false));
      }
    }
    return out;
  }

  /** The zone of a server's logical id {@code instance/<group>/<zone>/<n>[~<instance id>]}. */
  static String zoneOf(String logicalId) {
    String[] parts = logicalId.split("/");
    return parts.length >= 4 ? parts[2] : "";
  }

  private static boolean ofGroup(String logicalId, String group) {
    return logicalId.startsWith("instance/" + group + "/") && logicalId.split("/").length == 4;
  }

  private static Optional<GroupRoll> roll(
      Topology t, ServerGroup g, LoadBalancer lb, Change tg, List<Change> changes, Set<String> replacedOthers) {
    Map<String, List<String>> add = new LinkedHashMap<>();
    Map<String, List<String>> replace = new LinkedHashMap<>();
    Map<String, List<String>> remove = new LinkedHashMap<>();
    Map<String, Integer> existing = new LinkedHashMap<>();
    Set<String> registered = new HashSet<>(tg.current().map(c -> TopologyMapping.items(c.properties().getOrDefault("targets", ""))).orElse(List.of()));
    for (String z : t.zones()) {
      add.put(z, new ArrayList<>());
      replace.put(z, new ArrayList<>());
      remove.put(z, new ArrayList<>());
      existing.put(z, 0);
    }
    for (Change c : changes) {
      if (c.kind() != AwsKind.INSTANCE || !ofGroup(c.logicalId(), g.name())) {
        continue;
      }
      String zone = zoneOf(c.logicalId());
      if (!add.containsKey(zone)) {
        return Optional.empty();
      }
      if (c.desired().isPresent() && c.desired().get().dependencies().stream().anyMatch(replacedOthers::contains)) {
        return Optional.empty();
      }
      if (c.current().isPresent()) {
        existing.merge(zone, 1, Integer::sum);
      }
      switch (c.action()) {
        case CREATE:
          add.get(zone).add(c.logicalId());
          break;
        case REPLACE:
          replace.get(zone).add(c.logicalId());
          break;
        case DELETE:
          remove.get(zone).add(c.logicalId());
          break;
        default:
          if (!registered.contains(c.logicalId())) {
            add.get(zone).add(c.logicalId());
          }
          break;
      }
    }
    boolean nothing = add.values().stream().allMatch(List::isEmpty)
        && replace.values().stream().allMatch(List::isEmpty)
        && remove.values().stream().allMatch(List::isEmpty);
    if (nothing) {
      return Optional.empty();
    }
    RestartTimeline timeline = RestartTimeline.of(t, g.name(), g.restartPolicy(), RestartMode.SURGE);
    Duration toInService = lb.healthCheck().timeToInService();
    List<RollStep> steps = new ArrayList<>();
    Map<String, Integer> inService = new LinkedHashMap<>(existing);
    Duration at = Duration.ZERO;
    if (add.values().stream().anyMatch(l -> !l.isEmpty())) {
      Duration d = g.bootTime().plus(toInService);
      Map<String, Integer> after = new LinkedHashMap<>(inService);
      add.forEach((z, ids) -> after.merge(z, ids.size(), Integer::sum));
      steps.add(new RollStep(StepKind.SCALE_OUT, steps.size() + 1, nonEmpty(add), at, d, inService, after));
      inService = after;
      at = at.plus(d);
    }
    Map<String, Deque<String>> left = new LinkedHashMap<>();
    replace.forEach((z, ids) -> left.put(z, new ArrayDeque<>(ids)));
    for (RestartWave w : timeline.waves()) {
      for (int b = 0; b < w.batches(); b++) {
        Map<String, List<String>> batch = new LinkedHashMap<>();
        w.batchPerZone().forEach((z, n) -> {
          Deque<String> q = left.getOrDefault(z, new ArrayDeque<>());
          List<String> take = new ArrayList<>();
          while (take.size() < n && !q.isEmpty()) {
            take.add(q.poll());
          }
          if (!take.isEmpty()) {
            batch.put(z, take);
          }
        });
        if (!batch.isEmpty()) {
          steps.add(new RollStep(StepKind.REPLACE, steps.size() + 1, batch, at, w.batchDuration(), inService, inService));
          at = at.plus(w.batchDuration());
        }
      }
    }
    if (remove.values().stream().anyMatch(l -> !l.isEmpty())) {
      Map<String, Integer> after = new LinkedHashMap<>(inService);
      remove.forEach((z, ids) -> after.merge(z, -ids.size(), Integer::sum));
      steps.add(new RollStep(StepKind.SCALE_IN, steps.size() + 1, nonEmpty(remove), at, lb.deregistrationDelay(), after, after));
    }
    return Optional.of(new GroupRoll(g.name(), lb.name(), tg.logicalId(), g.restartPolicy(), g.bootTime(), toInService,
        lb.deregistrationDelay(), steps, timeline));
  }

  private static Map<String, List<String>> nonEmpty(Map<String, List<String>> perZone) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    perZone.forEach((z, ids) -> {
      if (!ids.isEmpty()) {
        out.put(z, ids);
      }
    });
    return out;
  }

  /** The groups rolled, in the topology's order. */
  public ImmutableList<GroupRoll> groups() {
    return groups;
  }

  /** The single instances replaced create before destroy, and superseded duplicates deleted last. */
  public ImmutableList<Handover> handovers() {
    return handovers;
  }

  /** Whether nothing is rolled or handed over. */
  public boolean isEmpty() {
    return groups.isEmpty() && handovers.isEmpty();
  }

  /** The roll of {@code group}, if it is rolled. */
  public Optional<GroupRoll> group(String group) {
    return groups.stream().filter(g -> g.group().equals(group)).findFirst();
  }

  /** Every server logical id some step launches, replaces, registers or removes. */
  public Set<String> servers() {
    Set<String> out = new HashSet<>();
    groups.forEach(g -> g.steps().forEach(s -> out.addAll(s.servers())));
    return out;
  }

  /** The target groups whose registrations the rolls carry out. */
  public Set<String> targetGroups() {
    return groups.stream().map(GroupRoll::targetGroup).collect(Collectors.toSet());
  }

  /** The schedule as lines a person reads: per group, its steps, durations and capacity. */
  public String render() {
    StringBuilder b = new StringBuilder();
    for (GroupRoll g : groups) {
      b.append("Rolling ").append(g.group()).append(" behind ").append(g.loadBalancer()).append(" (")
          .append(describe(g.policy())).append(", create before destroy):\n");
      for (RollStep s : g.steps()) {
        b.append(String.format(Locale.ROOT, "  %2d. at %-7s %-9s %-44s %7s  in service %s -> %s%n",
            s.number(), duration(s.start()), s.kind().label(), servers(s.serversPerZone()), duration(s.duration()),
            perZone(s.inServiceDuring()), perZone(s.inServiceAfter())));
      }
      b.append(String.format(Locale.ROOT,
          "  expected %s: boot %s + health check %s per launch, drain %s per removal; never fewer than %d in service%s%n",
          duration(g.duration()), duration(g.bootTime()), duration(g.timeToInService()), duration(g.drain()),
          g.minimumInService(), g.surge() > 0 ? ", at most " + g.surge() + " extra server(s) at once" : ""));
    }
    if (!handovers.isEmpty()) {
      b.append("Create before destroy:\n");
      handovers.forEach(h -> b.append("  ").append(h.logicalId()).append(": ").append(h.describe()).append('\n'));
    }
    return b.toString();
  }

  private static String describe(RestartPolicy p) {
    return p.strategy() == RestartStrategy.BATCHES ? "batches of " + p.batchSize()
        : p.strategy() == RestartStrategy.ZONE_BY_ZONE ? "zone by zone" : "all at once";
  }

  private static String servers(Map<String, List<String>> perZone) {
    return perZone.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue().stream().map(id -> id.substring(id.lastIndexOf('/') + 1)).collect(Collectors.joining(",")))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String perZone(Map<String, Integer> perZone) {
    return perZone.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
  }

  /** A duration as people write it: 45s, 1m05s, 1h02m. */
  public static String duration(Duration d) {
    long s = d.getSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }

  /**
   * A single instance whose old copy is terminated only after its replacement runs and what
   * refers to it has switched.
   *
   * @param logicalId the instance (or, for a superseded duplicate, its {@code ~} id)
   * @param role "bastion", "NAT instance" or "server"
   * @param switched the resources that switch to the new instance in place (Elastic IP, routes)
   * @param superseded whether this is a duplicate left by a replacement stopped half-way
   */
  public record Handover(String logicalId, String role, List<String> switched, boolean superseded) {
    /** Copies the list. */
    public Handover {
      switched = List.copyOf(switched);
    }

    /** What happens and, for a NAT instance, how long its zones' private subnets lose egress. */
    public String describe() {
      if (superseded) {
        return "a " + role + " left by a replacement stopped half-way; terminated after everything else";
      }
      String base = "the new " + role + " runs before " + (switched.isEmpty() ? "the old one" : String.join(", ", switched) + " switch to it, then the old one")
          + " is terminated";
      if (role.equals("NAT instance")) {
        return base + "; egress gap: only while the Elastic IP and the default routes switch (a few API calls, seconds),"
            + " and connections open through the old NAT are cut";
      }
      return role.equals("bastion") ? base + "; SSH sessions through the old bastion are cut when it goes" : base;
    }
  }

  /** What a step does. */
  public enum StepKind {
    /** Launch (or register) servers and wait for their health. */
    SCALE_OUT("scale out"),
    /** Replace a batch, create before destroy. */
    REPLACE("replace"),
    /** Deregister, drain and terminate servers. */
    SCALE_IN("scale in");

    private final String label;

    StepKind(String label) {
      this.label = label;
    }

    /** The words the plan prints. */
    public String label() {
      return label;
    }
  }

  /**
   * One step of a group's roll.
   *
   * @param kind what it does
   * @param number its place in the roll, from 1
   * @param serversPerZone the servers' logical ids, per zone
   * @param start when it starts, since the roll began (predicted)
   * @param duration how long it takes (predicted)
   * @param inServiceDuring the fewest servers in service per zone while it runs
   * @param inServiceAfter the servers in service per zone once it is done
   */
  public record RollStep(
      StepKind kind,
      int number,
      Map<String, List<String>> serversPerZone,
      Duration start,
      Duration duration,
      Map<String, Integer> inServiceDuring,
      Map<String, Integer> inServiceAfter) {
    /** Copies the maps, so a step is immutable. */
    public RollStep {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      serversPerZone.forEach((z, ids) -> copy.put(z, List.copyOf(ids)));
      serversPerZone = ImmutableMap.copyOf(copy);
      inServiceDuring = ImmutableMap.copyOf(inServiceDuring);
      inServiceAfter = ImmutableMap.copyOf(inServiceAfter);
    }

    /** The servers' logical ids, zone after zone. */
    public List<String> servers() {
      return serversPerZone.values().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    /** The servers in service per batch in each zone, summed. */
    public int minimumInService() {
      return inServiceDuring.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * The roll of one server group.
   *
   * @param group the server group
   * @param loadBalancer the load balancer in front of it
   * @param targetGroup the logical id of its target group
   * @param policy the group's restart policy, which sets the batches
   * @param bootTime the group's boot time
   * @param timeToInService how long the health check takes to pass a new server
   * @param drain the deregistration delay
   * @param steps the steps, in order
   * @param timeline the restart analysis of the group in {@link RestartMode#SURGE}, which the
   *     replacement batches follow
   */
  public record GroupRoll(
      String group,
      String loadBalancer,
      String targetGroup,
      RestartPolicy policy,
      Duration bootTime,
      Duration timeToInService,
      Duration drain,
      List<RollStep> steps,
      RestartTimeline timeline) {
    /** Copies the steps. */
    public GroupRoll {
      steps = List.copyOf(steps);
    }

    /** How long the whole roll is expected to take. */
    public Duration duration() {
      return steps.isEmpty() ? Duration.ZERO : steps.get(steps.size() - 1).start().plus(steps.get(steps.size() - 1).duration());
    }

    /** The fewest servers in service at any step. */
    public int minimumInService() {
      return steps.stream().mapToInt(RollStep::minimumInService).min().orElse(0);
    }

    /** The most servers running beyond the group's count at once (the largest replaced batch). */
    public int surge() {
      return steps.stream().filter(s -> s.kind() == StepKind.REPLACE).mapToInt(s -> s.servers().size()).max().orElse(0);
    }

    /** The replacement steps. */
    public List<RollStep> replacements() {
      return steps.stream().filter(s -> s.kind() == StepKind.REPLACE).collect(Collectors.toList());
    }
  }
}
