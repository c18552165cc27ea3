package dev.tenkai.aws.apply;

import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.InstanceHandler;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.handlers.TargetGroupHandler;
import dev.tenkai.aws.plan.AwsKind;
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
import dev.tenkai.aws.plan.RollingScheduleText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final Map<String, Change> byId = new LinkedHashMap<>();

  RollingReplacement(Plan plan, ResourceHandlers handlers) {
    this.schedule = plan.rolling();
    this.handlers = handlers;
    plan.changes().forEach(c -> byId.put(c.logicalId(), c));
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
        PlanExecutor.withRetries(c, ctx, listener, () -> {
          instances().delete(old, ctx);
          return null;
        });
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
          switch (step.kind()) {
            case SCALE_OUT:
              scaleOut(g, tg, changes, ctx, listener);
              break;
            case REPLACE:
              replace(g, tg, changes, ctx, listener);
              break;
            default:
              scaleIn(g, tg, changes, ctx, listener);
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
          CurrentResource now = PlanExecutor.withRetries(tgChange, ctx, listener,
              () -> handlers.of(AwsKind.TARGET_GROUP).update(tgChange.desired().orElseThrow(), ctx.state().require(targetGroup), ctx));
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

  private TargetGroupHandler targetGroups() {
    return (TargetGroupHandler) handlers.of(AwsKind.TARGET_GROUP);
  }

  private ResourceHandler instances() {
    return handlers.of(AwsKind.INSTANCE);
  }

  /** Launches (or finds) the step's servers, registers them and waits for their health. */
  private void scaleOut(GroupRoll g, CurrentResource tg, List<Change> changes, HandlerContext ctx, ApplyListener listener) {
    Map<String, CurrentResource> made = new ConcurrentHashMap<>();
    launchAll(changes.stream().filter(c -> c.action() == ChangeAction.CREATE).collect(Collectors.toList()), made, ctx, listener);
    List<String> ids = changes.stream().map(c -> ctx.state().physicalId(c.logicalId())).collect(Collectors.toList());
    Set<String> registered = targetGroups().registered(tg, ctx);
    targetGroups().register(tg, ids.stream().filter(id -> !registered.contains(id)).collect(Collectors.toList()), ctx);
    ctx.waitingFor(describe(changes) + " to pass " + g.loadBalancer() + "'s health check");
    try {
      targetGroups().awaitHealthy(tg, ids, ctx);
    } catch (RuntimeException e) {
      throw new RollStopped(g.group() + ": " + e.getMessage() + "; the roll stopped before anything was removed; the new servers"
          + " stay registered (the load balancer routes only to healthy ones) and a re-apply waits for them again", e);
    }
  }

  /** Surges one batch: new servers in service first, then the old ones drained and terminated. */
  private void replace(GroupRoll g, CurrentResource tg, List<Change> changes, HandlerContext ctx, ApplyListener listener) {
    Map<String, CurrentResource> old = new LinkedHashMap<>();
    changes.forEach(c -> old.put(c.logicalId(), ctx.state().require(c.logicalId())));
    Map<String, CurrentResource> fresh = new ConcurrentHashMap<>();
    try {
      launchAll(changes, fresh, ctx, listener);
      List<String> newIds = fresh.values().stream().map(CurrentResource::physicalId).collect(Collectors.toList());
      targetGroups().register(tg, newIds, ctx);
      ctx.waitingFor(describe(changes) + " replacements to pass " + g.loadBalancer() + "'s health check");
      targetGroups().awaitHealthy(tg, newIds, ctx);
    } catch (RuntimeException e) {
      // Take the failed replacements out again; the old servers never left service.
      List<String> newIds = fresh.values().stream().map(CurrentResource::physicalId).collect(Collectors.toList());
      Set<String> registered = targetGroups().registered(tg, ctx);
      targetGroups().deregister(tg, newIds.stream().filter(registered::contains).collect(Collectors.toList()), ctx);
      terminateAll(new ArrayList<>(fresh.values()), ctx);
      old.values().forEach(ctx.state()::put);
      throw new RollStopped(g.group() + ": " + e.getMessage() + "; the roll stopped: " + old.values().stream().map(CurrentResource::physicalId)
          .collect(Collectors.joining(", ")) + " stay in service, their replacements were deregistered and terminated", e);
    }
    retire(g, tg, new ArrayList<>(old.values()), ctx);
  }

  /** Deregisters, drains and terminates the step's servers. */
  private void scaleIn(GroupRoll g, CurrentResource tg, List<Change> changes, HandlerContext ctx, ApplyListener listener) {
    List<CurrentResource> gone = changes.stream().map(c -> c.current().orElseThrow()).collect(Collectors.toList());
    retire(g, tg, gone, ctx);
    changes.forEach(c -> ctx.state().remove(c.logicalId()));
  }

  /** Never terminates a registered server: deregisters, waits out the drain, then terminates. */
  private void retire(GroupRoll g, CurrentResource tg, List<CurrentResource> servers, HandlerContext ctx) {
    List<String> ids = servers.stream().map(CurrentResource::physicalId).collect(Collectors.toList());
    Set<String> registered = targetGroups().registered(tg, ctx);
    List<String> leaving = ids.stream().filter(registered::contains).collect(Collectors.toList());
    targetGroups().deregister(tg, leaving, ctx);
    if (!leaving.isEmpty()) {
      ctx.waitingFor(String.join(", ", leaving) + " to drain from " + g.loadBalancer() + " (up to " + RollingScheduleText.duration(g.drain()) + ")");
      targetGroups().awaitDrained(tg, leaving, ctx);
    }
    terminateAll(servers, ctx);
  }

  /** Launches {@code creates} in parallel (the options' concurrency), recording each in {@code made} as it runs. */
  private void launchAll(List<Change> creates, Map<String, CurrentResource> made, HandlerContext ctx, ApplyListener listener) {
    Map<String, Change> by = new LinkedHashMap<>();
    creates.forEach(c -> by.put(c.logicalId(), c));
    Map<String, Set<String>> independent = new LinkedHashMap<>();
    by.keySet().forEach(id -> independent.put(id, Set.of()));
    DependencyRunner.Outcome o = DependencyRunner.run(independent, ctx.options().execution().concurrency(), id -> made.put(id, launch(by.get(id), ctx, listener)));
    rethrow(o);
  }

  /** Terminates {@code servers} in parallel and waits until they are gone. */
  private void terminateAll(List<CurrentResource> servers, HandlerContext ctx) {
    Map<String, CurrentResource> by = new LinkedHashMap<>();
    servers.forEach(c -> by.put(c.physicalId(), c));
    Map<String, Set<String>> independent = new LinkedHashMap<>();
    by.keySet().forEach(id -> independent.put(id, Set.of()));
    rethrow(DependencyRunner.run(independent, ctx.options().execution().concurrency(), id -> instances().delete(by.get(id), ctx)));
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

  private CurrentResource launch(Change c, HandlerContext ctx, ApplyListener listener) {
    CurrentResource made = PlanExecutor.withRetries(c, ctx, listener, () -> instances().create(c.desired().orElseThrow(), ctx));
    ctx.state().put(made);
    return made;
  }

  private static String describe(List<Change> changes) {
    return changes.stream().map(Change::logicalId).collect(Collectors.joining(", "));
  }

  /**
   * Whether {@code handlers} use the standard instance and target-group handlers, whose
   * register, health and drain calls a roll needs; with substitutes (tests, custom handlers) the
   * plan is applied in the ordinary order instead.
   */
  static boolean handles(ResourceHandlers handlers) {
    return handlers.of(AwsKind.TARGET_GROUP) instanceof TargetGroupHandler && handlers.of(AwsKind.INSTANCE) instanceof InstanceHandler;
  }
}
