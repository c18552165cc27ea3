package dev.tenkai.aws.apply;

import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.handlers.TargetRegistry;
import dev.tenkai.aws.handlers.TargetsNotHealthyException;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.GroupRoll;
import dev.tenkai.aws.plan.Handover;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.plan.PropertyDiff;
import dev.tenkai.aws.plan.RollStep;
import dev.tenkai.aws.plan.RollStepKind;
import dev.tenkai.aws.plan.RollingSchedule;
import dev.tenkai.aws.plan.GroupRoll;
import dev.tenkai.aws.plan.Handover;
import dev.tenkai.aws.plan.RollStep;
import dev.tenkai.aws.plan.RollingScheduleText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Carries out a plan's {@link RollingSchedule}: the servers behind a load balancer change step by
 * step, so that no zone loses its last server in service. Scale out launches, registers and waits
 * for the health check; each replacement batch launches beside the old servers, waits for the
 * new ones' health, then deregisters, drains and terminates the old; scale in deregisters, drains
 * and terminates. A server that never passes the health check stops the roll: it is deregistered
 * and terminated, the servers it was to replace stay in service, and the failure says so.
 *
 * <p>The executor hands the rolled changes (servers, and the target group's registrations) to
 * this class and runs everything else as usual first, so new subnets or security groups exist
 * before the roll launches into them.
 */
final class RollingReplacement {
  private final RollingSchedule schedule;
  private final ResourceHandlers handlers;
  private final KindCalls calls;
  private final Map<String, Change> byId = new LinkedHashMap<>();

  RollingReplacement(Plan plan, ResourceHandlers handlers, KindCalls calls) {
    this.schedule = plan.rolling();
    this.handlers = handlers;
    this.calls = calls;
    plan.changes().forEach(c -> byId.put(c.logicalId(), c));
  }

  /**
   * Whether every target group of the schedule is of a kind that registers servers; otherwise the
   * plan is applied in the ordinary order.
   */
  boolean possible() {
    return schedule.targetGroups().stream().map(byId::get)
        .allMatch(c -> c != null && handlers.of(c.kind()).targets().isPresent());
  }

  /** The changes the roll carries out itself (servers and target groups whose only change is their targets). */
  List<Change> rolled() {
    List<Change> out = new ArrayList<>();
    for (String id : schedule.servers()) {
      Change c = byId.get(id);
      if (c != null && c.action().mutates()) {
        out.add(c);
      }
    }
    for (String tg : schedule.targetGroups()) {
      Change c = byId.get(tg);
      if (c != null && c.action() == ChangeAction.UPDATE && onlyTargets(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean onlyTargets(Change c) {
    return c.diffs().stream().map(PropertyDiff::name).allMatch("targets"::equals);
  }

  /**
   * {@code mutations} without the rolled changes; a target group with other changes too keeps
   * them, but its registrations are left to the roll.
   */
  List<Change> ordinary(List<Change> mutations) {
    Set<String> rolled = rolled().stream().map(Change::logicalId).collect(Collectors.toSet());
    List<Change> out = new ArrayList<>();
    for (Change c : mutations) {
      if (rolled.contains(c.logicalId())) {
        continue;
      }
      if (schedule.targetGroups().contains(c.logicalId()) && c.action() == ChangeAction.UPDATE) {
        out.add(keepingTargets(c));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static Change keepingTargets(Change c) {
    DesiredResource d = c.desired().orElseThrow();
    Map<String, String> props = new HashMap<>(d.properties());
    props.put("targets", c.current().orElseThrow().properties().getOrDefault("targets", ""));
    DesiredResource kept = DesiredResource.of(d.kind(), d.logicalId(), props, d.dependencies(), d.zone());
    return new Change(c.logicalId(), c.kind(), c.action(), c.reason(), c.diffs(), Optional.of(kept), c.current());
  }

  /**
   * The changes whose deletion waits until everything else is created and switched: replaced
   * bastion and NAT instances (the old copy) and superseded duplicates.
   */
  Set<String> deferredDeletions() {
    return schedule.handovers().stream().map(Handover::logicalId).collect(Collectors.toSet());
  }

  /** Terminates the old copies of handed-over instances, now that their replacements took over. */
  void finishHandovers(HandlerContext ctx, ApplyListener listener, List<Change> done, List<ApplyResult.Failure> failed) {
    for (Handover h : schedule.handovers()) {
      Change c = byId.get(h.logicalId());
      if (c == null || !c.action().mutates()) {
        continue;
      }
      CurrentResource old = c.current().orElseThrow();
      if (h.superseded()) {
        listener.changeStarted(c);
      }
      try {
        ctx.waitingFor("the old " + h.role() + " " + old.physicalId() + " (" + h.logicalId() + ") to be terminated, its replacement having taken over");
        calls.delete(c, handlers.of(c.kind()), old);
        if (h.superseded()) {
          ctx.state().remove(c.logicalId());
          listener.changeFinished(c);
          done.add(c);
        }
      } catch (RuntimeException e) {
        done.remove(c);
        failed.add(new ApplyResult.Failure(c, e));
        listener.changeFailed(c, e);
      }
    }
  }

  /** Where the roll stopped: the failed changes and why. */
  static final class RollStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RollStopped(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Runs every group's roll in order, adding to {@code done}, {@code failed} and {@code
   * notStarted}. A failed step stops all rolling.
   */
  void run(HandlerContext ctx, ApplyListener listener, List<Change> done, List<ApplyResult.Failure> failed, List<Change> notStarted) {
    Set<Change> pending = new LinkedHashSet<>(rolled());
    for (GroupRoll g : schedule.groups()) {
      for (RollStep step : g.steps()) {
        List<Change> changes = step.servers().stream().map(byId::get).collect(Collectors.toList());
        if (!failed.isEmpty()) {
          break;
        }
        String servers = step.serversPerZone().entrySet().stream()
            .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).collect(Collectors.joining("; "));
        listener.rolling(g.group(), step.number() + "/" + g.steps().size() + " " + step.kind().label() + " [" + servers
            + "] (expected " + RollingScheduleText.duration(step.duration()) + ")");
        try {
          changes.stream().filter(c -> c.action().mutates()).forEach(listener::changeStarted);
          CurrentResource tg = ctx.state().require(g.targetGroup());
          TargetRegistry targets = registry(tg);
          switch (step.kind()) {
            case SCALE_OUT:
              scaleOut(g, tg, targets, changes, ctx);
              break;
            case REPLACE:
              replace(g, tg, targets, changes, ctx);
              break;
            default:
              scaleIn(g, tg, targets, changes, ctx);
              break;
          }
          for (Change c : changes) {
            if (c.action().mutates()) {
              listener.changeFinished(c);
              done.add(c);
            }
            pending.remove(c);
          }
        } catch (RuntimeException e) {
          for (Change c : changes) {
            if (pending.remove(c) && c.action().mutates()) {
              failed.add(new ApplyResult.Failure(c, e));
              listener.changeFailed(c, e);
            }
          }
        }
      }
    }
    // A target group may front several rolled groups: it is read back once all of them are done.
    for (String targetGroup : schedule.targetGroups()) {
      Change tgChange = byId.get(targetGroup);
      if (failed.isEmpty() && tgChange != null && pending.remove(tgChange)) {
        // Every registration is done; reading the group back records its targets in the state.
        listener.changeStarted(tgChange);
        try {
          CurrentResource now = calls.update(tgChange, handlers.of(tgChange.kind()), ctx.state().require(targetGroup));
          ctx.state().put(now);
          listener.changeFinished(tgChange);
          done.add(tgChange);
        } catch (RuntimeException e) {
          failed.add(new ApplyResult.Failure(tgChange, e));
          listener.changeFailed(tgChange, e);
        }
      }
    }
    notStarted.addAll(pending);
  }

  private TargetRegistry registry(CurrentResource group) {
    return handlers.of(group.kind()).targets()
        .orElseThrow(() -> new IllegalStateException(group.logicalId() + " is of a kind that registers no servers"));
  }

  private ResourceHandler kindOf(CurrentResource r) {
    return handlers.of(r.kind());
  }

  /**
   * Polls until the load balancer reports every one of {@code ids} healthy, on the engine's clock,
   * for at most the options' readiness timeout.
   *
   * @throws TargetsNotHealthyException naming each server that is not healthy and its state
   */
  private void awaitHealthy(CurrentResource group, TargetRegistry targets, List<String> ids, HandlerContext ctx) {
    Duration limit = ctx.options().execution().readinessTimeout();
    Instant deadline = calls.clock().now().plus(limit);
    while (true) {
      Map<String, String> states = targets.health(group, ids, ctx);
      Map<String, String> notYet = new TreeMap<>();
      ids.forEach(id -> {
        String st = states.getOrDefault(id, "unregistered");
        if (!"healthy".equals(st)) {
          notYet.put(id, st);
        }
      });
      if (notYet.isEmpty()) {
        return;
      }
      if (!calls.clock().now().isBefore(deadline)) {
        throw new TargetsNotHealthyException(group.logicalId(), notYet, limit);
      }
      calls.sleep(ctx.options().execution().pollInterval());
    }
  }

  /** Polls until none of {@code ids} is draining any more, or the registry's drain limit passes. */
  private void awaitDrained(CurrentResource group, TargetRegistry targets, List<String> ids, HandlerContext ctx) {
    Instant deadline = calls.clock().now().plus(targets.drainLimit(group, ctx));
    while (targets.health(group, ids, ctx).containsValue("draining") && calls.clock().now().isBefore(deadline)) {
      calls.sleep(ctx.options().execution().pollInterval());
    }
  }

  /** Launches (or finds) the step's servers, registers them and waits for their health. */
  private void scaleOut(GroupRoll g, CurrentResource tg, TargetRegistry targets, List<Change> changes, HandlerContext ctx) {
    Map<String, CurrentResource> made = new ConcurrentHashMap<>();
    launchAll(changes.stream().filter(c -> c.action() == ChangeAction.CREATE).collect(Collectors.toList()), made, ctx);
    List<String> ids = changes.stream().map(c -> ctx.state().physicalId(c.logicalId())).collect(Collectors.toList());
    Set<String> registered = targets.registered(tg, ctx);
    targets.register(tg, ids.stream().filter(id -> !registered.contains(id)).collect(Collectors.toList()), ctx);
    ctx.waitingFor(describe(changes) + " to pass " + g.loadBalancer() + "'s health check");
    try {
      awaitHealthy(tg, targets, ids, ctx);
    } catch (RuntimeException e) {
      throw new RollStopped(g.group() + ": " + e.getMessage() + "; the roll stopped before anything was removed; the new servers"
          + " stay registered (the load balancer routes only to healthy ones) and a re-apply waits for them again", e);
    }
  }

  /** Surges one batch: new servers in service first, then the old ones drained and terminated. */
  private void replace(GroupRoll g, CurrentResource tg, TargetRegistry targets, List<Change> changes, HandlerContext ctx) {
    Map<String, CurrentResource> old = new LinkedHashMap<>();
    changes.forEach(c -> old.put(c.logicalId(), ctx.state().require(c.logicalId())));
    Map<String, CurrentResource> fresh = new ConcurrentHashMap<>();
    try {
      launchAll(changes, fresh, ctx);
      List<String> newIds = fresh.values().stream().map(CurrentResource::physicalId).collect(Collectors.toList());
      targets.register(tg, newIds, ctx);
      ctx.waitingFor(describe(changes) + " replacements to pass " + g.loadBalancer() + "'s health check");
      awaitHealthy(tg, targets, newIds, ctx);
    } catch (RuntimeException e) {
      // Take the failed replacements out again; the old servers never left service.
      List<String> newIds = fresh.values().stream().map(CurrentResource::physicalId).collect(Collectors.toList());
      Set<String> registered = targets.registered(tg, ctx);
      targets.deregister(tg, newIds.stream().filter(registered::contains).collect(Collectors.toList()), ctx);
      terminateAll(new ArrayList<>(fresh.values()), ctx);
      old.values().forEach(ctx.state()::put);
      throw new RollStopped(g.group() + ": " + e.getMessage() + "; the roll stopped: " + old.values().stream().map(CurrentResource::physicalId)
          .collect(Collectors.joining(", ")) + " stay in service, their replacements were deregistered and terminated", e);
    }
    retire(g, tg, targets, new ArrayList<>(old.values()), ctx);
  }

  /** Deregisters, drains and terminates the step's servers. */
  private void scaleIn(GroupRoll g, CurrentResource tg, TargetRegistry targets, List<Change> changes, HandlerContext ctx) {
    List<CurrentResource> gone = changes.stream().map(c -> c.current().orElseThrow()).collect(Collectors.toList());
    retire(g, tg, targets, gone, ctx);
    changes.forEach(c -> ctx.state().remove(c.logicalId()));
  }

  /** Never terminates a registered server: deregisters, waits out the drain, then terminates. */
  private void retire(GroupRoll g, CurrentResource tg, TargetRegistry targets, List<CurrentResource> servers, HandlerContext ctx) {
    List<String> ids = servers.stream().map(CurrentResource::physicalId).collect(Collectors.toList());
    Set<String> registered = targets.registered(tg, ctx);
    List<String> leaving = ids.stream().filter(registered::contains).collect(Collectors.toList());
    targets.deregister(tg, leaving, ctx);
    if (!leaving.isEmpty()) {
      ctx.waitingFor(String.join(", ", leaving) + " to drain from " + g.loadBalancer() + " (up to " + RollingScheduleText.duration(g.drain()) + ")");
      awaitDrained(tg, targets, leaving, ctx);
    }
    terminateAll(servers, ctx);
  }

  /** Launches {@code creates} in parallel (the options' concurrency), recording each in {@code made} as it runs. */
  private void launchAll(List<Change> creates, Map<String, CurrentResource> made, HandlerContext ctx) {
    Map<String, Change> by = new LinkedHashMap<>();
    creates.forEach(c -> by.put(c.logicalId(), c));
    Map<String, Set<String>> independent = new LinkedHashMap<>();
    by.keySet().forEach(id -> independent.put(id, Set.of()));
    DependencyRunner.Outcome o = DependencyRunner.run(independent, ctx.options().execution().concurrency(), id -> made.put(id, launch(by.get(id), ctx)));
    rethrow(o);
  }

  /** Terminates {@code servers} in parallel and waits until they are gone. */
  private void terminateAll(List<CurrentResource> servers, HandlerContext ctx) {
    Map<String, CurrentResource> by = new LinkedHashMap<>();
    servers.forEach(c -> by.put(c.physicalId(), c));
    Map<String, Set<String>> independent = new LinkedHashMap<>();
    by.keySet().forEach(id -> independent.put(id, Set.of()));
    rethrow(DependencyRunner.run(independent, ctx.options().execution().concurrency(), id -> {
      CurrentResource server = by.get(id);
      Change c = byId.get(server.logicalId());
      calls.delete(c, kindOf(server), server);
    }));
  }

  private static void rethrow(DependencyRunner.Outcome o) {
    if (!o.failed().isEmpty()) {
      Throwable first = o.failed().values().iterator().next();
      if (first instanceof RuntimeException) {
        throw (RuntimeException) first;
      }
      throw new IllegalStateException(first);
    }
  }

  private CurrentResource launch(Change c, HandlerContext ctx) {
    CurrentResource made = calls.create(c, handlers.of(c.kind()));
    ctx.state().put(made);
    return made;
  }

  private static String describe(List<Change> changes) {
    return changes.stream().map(Change::logicalId).collect(Collectors.joining(", "));
  }
}
