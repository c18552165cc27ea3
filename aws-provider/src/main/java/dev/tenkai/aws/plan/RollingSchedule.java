package dev.tenkai.aws.plan;

import com.google.common.collect.ImmutableList;
import dev.tenkai.analysis.RestartMode;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.RestartWave;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
      steps.add(new RollStep(RollStepKind.SCALE_OUT, steps.size() + 1, nonEmpty(add), at, d, inService, after));
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
          steps.add(new RollStep(RollStepKind.REPLACE, steps.size() + 1, batch, at, w.batchDuration(), inService, inService));
          at = at.plus(w.batchDuration());
        }
      }
    }
    if (remove.values().stream().anyMatch(l -> !l.isEmpty())) {
      Map<String, Integer> after = new LinkedHashMap<>(inService);
      remove.forEach((z, ids) -> after.merge(z, -ids.size(), Integer::sum));
      steps.add(new RollStep(RollStepKind.SCALE_IN, steps.size() + 1, nonEmpty(remove), at, lb.deregistrationDelay(), after, after));
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
    return RollingScheduleText.render(this);
  }
}
