package dev.tenkai.aws.apply;

import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.Plan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Applies a plan: first the deletions (and the deleting half of replacements) in reverse kind
 * order, then creations, updates and the creating half of replacements in dependency order,
 * independent resources in parallel with the options' concurrency. Errors AWS reports while a
 * just-created dependency is still propagating are retried here, once for all handlers.
 */
public final class PlanExecutor {
  /** Error codes that mean "not yet" rather than "no": eventual consistency and busy resources. */
  private static final Set<String> TRANSIENT = Set.of(
      "DependencyViolation", "InvalidVpcID.NotFound", "InvalidGroup.NotFound", "InvalidSubnetID.NotFound", "InvalidInstanceID.NotFound",
      "InvalidAllocationID.NotFound", "InvalidNatGatewayID.NotFound", "IncorrectInstanceState", "InvalidRouteTableID.NotFound",
      "ResourceInUse", "CacheSubnetGroupInUse", "InvalidDBInstanceState", "InvalidDBSubnetGroupStateFault", "PriorRequestNotComplete");

  private final ResourceHandlers handlers;

  /** An executor over {@code handlers}. */
  public PlanExecutor(ResourceHandlers handlers) {
    this.handlers = handlers;
  }

  /** Applies {@code plan} with {@code ctx}, reporting to {@code listener}. Never throws for a failed change. */
  public ApplyResult execute(Plan plan, HandlerContext ctx, ApplyListener listener) {
    listener.started(plan, plan.mutations().size());
    // Servers behind a load balancer change by the plan's rolling schedule, after the rest.
    RollingReplacement rolling = new RollingReplacement(plan, handlers);
    boolean rolls = !plan.rolling().isEmpty() && RollingReplacement.handles(handlers);
    List<Change> mutations = rolls ? rolling.ordinary(plan.mutations()) : plan.mutations();
    Set<String> deferred = rolls ? rolling.deferredDeletions() : Set.of();
    Map<String, Change> byId = new LinkedHashMap<>();
    mutations.forEach(c -> byId.put(c.logicalId(), c));
    List<Change> done = new ArrayList<>();
    List<ApplyResult.Failure> failed = new ArrayList<>();
    List<Change> notStarted = new ArrayList<>();

    // Phase 1: deletions, by kind level, last-created kinds first.
    Map<String, Set<String>> deleteGraph = new LinkedHashMap<>();
    for (Change c : mutations) {
      if ((c.action() == ChangeAction.DELETE || c.action() == ChangeAction.REPLACE) && !deferred.contains(c.logicalId())) {
        Set<String> after = new HashSet<>();
        for (Change other : mutations) {
          boolean deletes = other.action() == ChangeAction.DELETE || other.action() == ChangeAction.REPLACE;
          if (deletes && other.kind().ordinal() > c.kind().ordinal()) {
            after.add(other.logicalId());
          }
        }
        deleteGraph.put(c.logicalId(), after);
      }
    }
    // A plan of deletions only (destroy) is best-effort: a resource that cannot go does not keep the
    // others; the failure is reported. Otherwise a failed deletion stops the run.
    boolean destroyOnly = mutations.stream().allMatch(c -> c.action() == ChangeAction.DELETE);
    DependencyRunner.Outcome deleted = DependencyRunner.run(deleteGraph, ctx.options().execution().concurrency(), destroyOnly, id -> {
      Change c = byId.get(id);
      listener.changeStarted(c);
      CurrentResource current = c.current().orElseThrow();
      withRetries(c, ctx, listener, () -> {
        handlers.of(c.kind()).delete(current, ctx);
        return null;
      });
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
      DesiredResource d = c.desired().orElseThrow();
      if (c.action() != ChangeAction.REPLACE || deferred.contains(id)) {
        listener.changeStarted(c);
      }
      CurrentResource result = withRetries(c, ctx, listener, () ->
          c.action() == ChangeAction.UPDATE ? h.update(d, ctx.state().require(id), ctx) : h.create(d, ctx));
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

  private static void fail(Change c, Throwable e, List<ApplyResult.Failure> failed, ApplyListener listener) {
    failed.add(new ApplyResult.Failure(c, e));
    listener.changeFailed(c, e);
  }

  private static ApplyResult finish(List<Change> done, List<ApplyResult.Failure> failed, List<Change> notStarted, HandlerContext ctx, ApplyListener listener) {
    ApplyResult r = new ApplyResult(done, failed, notStarted, ctx.state());
    listener.finished(r);
    return r;
  }

  /** A handler call that may meet AWS's eventual consistency. */
  interface Call<T> {
    T run();
  }

  static <T> T withRetries(Change c, HandlerContext ctx, ApplyListener listener, Call<T> call) {
    int attempts = Math.max(1, ctx.options().connection().maxAttempts());
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        if (attempt >= attempts || code == null || !TRANSIENT.contains(code)) {
          throw e;
        }
        listener.retrying(c, attempt + 1, e);
        sleep(ctx.options().execution().pollInterval().multipliedBy(attempt));
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }
}
