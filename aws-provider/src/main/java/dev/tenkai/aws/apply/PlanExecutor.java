package dev.tenkai.aws.apply;

import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.Plan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a plan: first the deletions (and the deleting half of replacements), each before what
 * it refers to, then creations, updates and the creating half of replacements in dependency
 * order, independent resources in parallel with the options' concurrency. Knows no kind: the
 * order comes from the dependency graph, "not yet" errors and waiting from {@link KindCalls}.
 */
public final class PlanExecutor {
  private final ResourceHandlers handlers;
  private final ProviderClock clock;

  /** An executor over {@code handlers} on the system clock. */
  public PlanExecutor(ResourceHandlers handlers) {
    this(handlers, ProviderClock.system());
  }

  /** An executor over {@code handlers} that waits and measures deadlines on {@code clock}. */
  public PlanExecutor(ResourceHandlers handlers, ProviderClock clock) {
    this.handlers = handlers;
    this.clock = clock;
  }

  /** Applies {@code plan} with {@code ctx}, reporting to {@code listener}. Never throws for a failed change. */
  public ApplyResult execute(Plan plan, HandlerContext ctx, ApplyListener listener) {
    listener.started(plan, plan.mutations().size());
    KindCalls calls = new KindCalls(clock, ctx, listener);
    // Servers behind a load balancer change by the plan's rolling schedule, after the rest.
    RollingReplacement rolling = new RollingReplacement(plan, handlers, calls);
    boolean rolls = !plan.rolling().isEmpty() && rolling.possible();
    List<Change> mutations = rolls ? rolling.ordinary(plan.mutations()) : plan.mutations();
    Set<String> deferred = rolls ? rolling.deferredDeletions() : Set.of();
    Map<String, Change> byId = new LinkedHashMap<>();
    mutations.forEach(c -> byId.put(c.logicalId(), c));
    List<Change> done = new ArrayList<>();
    List<ApplyResult.Failure> failed = new ArrayList<>();
    List<Change> notStarted = new ArrayList<>();

    // Phase 1: deletions, each before the resources it refers to.
    Map<String, Set<String>> deleteGraph = deletionOrder(plan, mutations, deferred);
    // A plan of deletions only (destroy) is best-effort: a resource that cannot go does not keep the
    // others; the failure is reported. Otherwise a failed deletion stops the run.
    boolean destroyOnly = mutations.stream().allMatch(c -> c.action() == ChangeAction.DELETE);
    DependencyRunner.Outcome deleted = DependencyRunner.run(deleteGraph, ctx.options().execution().concurrency(), destroyOnly, id -> {
      Change c = byId.get(id);
      listener.changeStarted(c);
      calls.delete(c, handlers.of(c.kind()), c.current().orElseThrow());
      ctx.state().remove(id);
      if (c.action() == ChangeAction.DELETE) {
        listener.changeFinished(c);
      }
    });
    deleted.done().stream().map(byId::get).filter(c -> c.action() == ChangeAction.DELETE).forEach(done::add);
    deleted.failed().forEach((id, e) -> fail(byId.get(id), e, failed, listener));
    deleted.notStarted().forEach(id -> notStarted.add(byId.get(id)));
    if (!failed.isEmpty()) {
      byId.values().stream().filter(c -> c.action() != ChangeAction.DELETE && !notStarted.contains(c) && failed.stream().noneMatch(f -> f.change() == c)).forEach(notStarted::add);
      if (rolls) {
        notStarted.addAll(rolling.rolled());
      }
      return finish(done, failed, notStarted, ctx, listener);
    }

    // Phase 2: creations and updates, in dependency order.
    Map<String, Set<String>> createGraph = new LinkedHashMap<>();
    for (Change c : mutations) {
      if (c.action() != ChangeAction.DELETE) {
        createGraph.put(c.logicalId(), c.desired().orElseThrow().dependencies());
      }
    }
    DependencyRunner.Outcome created = DependencyRunner.run(createGraph, ctx.options().execution().concurrency(), id -> {
      Change c = byId.get(id);
      ResourceHandler h = handlers.of(c.kind());
      if (c.action() != ChangeAction.REPLACE || deferred.contains(id)) {
        listener.changeStarted(c);
      }
      CurrentResource result = c.action() == ChangeAction.UPDATE ? calls.update(c, h, ctx.state().require(id)) : calls.create(c, h);
      ctx.state().put(result);
      listener.changeFinished(c);
    });
    created.done().forEach(id -> done.add(byId.get(id)));
    created.failed().forEach((id, e) -> fail(byId.get(id), e, failed, listener));
    created.notStarted().forEach(id -> notStarted.add(byId.get(id)));
    if (rolls && failed.isEmpty() && notStarted.isEmpty()) {
      rolling.finishHandovers(ctx, listener, done, failed);
      rolling.run(ctx, listener, done, failed, notStarted);
    } else if (rolls) {
      notStarted.addAll(rolling.rolled());
    }
    return finish(done, failed, notStarted, ctx, listener);
  }

  /**
   * Node to the nodes it waits for, among the deleting changes: a resource waits until everything
   * that refers to it is gone. References come from the resource as read back (its kind says
   * which) and from the desired stack, so a resource no longer in the topology is ordered too.
   */
  private Map<String, Set<String>> deletionOrder(Plan plan, List<Change> mutations, Set<String> deferred) {
    Map<String, Set<String>> graph = new LinkedHashMap<>();
    for (Change c : mutations) {
      if (deletes(c) && !deferred.contains(c.logicalId())) {
        graph.put(c.logicalId(), new HashSet<>());
      }
    }
    for (Change c : mutations) {
      if (!graph.containsKey(c.logicalId())) {
        continue;
      }
      Set<String> refersTo = new HashSet<>(handlers.of(c.kind()).references(c.current().orElseThrow()));
      plan.desired().get(c.logicalId()).map(DesiredResource::dependencies).ifPresent(refersTo::addAll);
      for (String target : refersTo) {
        Set<String> waiting = graph.get(target);
        if (waiting != null && !target.equals(c.logicalId())) {
          waiting.add(c.logicalId());
        }
      }
    }
    return graph;
  }

  private static boolean deletes(Change c) {
    return c.action() == ChangeAction.DELETE || c.action() == ChangeAction.REPLACE;
  }

  private static void fail(Change c, Throwable e, List<ApplyResult.Failure> failed, ApplyListener listener) {
    failed.add(new ApplyResult.Failure(c, e));
    listener.changeFailed(c, e);
  }

  private static ApplyResult finish(List<Change> done, List<ApplyResult.Failure> failed, List<Change> notStarted, HandlerContext ctx, ApplyListener listener) {
    ApplyResult r = new ApplyResult(done, failed, notStarted, ctx.state());
    listener.finished(r);
    return r;
  }
}
