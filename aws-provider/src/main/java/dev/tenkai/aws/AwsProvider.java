package dev.tenkai.aws;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.apply.PlanExecutor;
import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.plan.Planner;
import dev.tenkai.aws.plan.StackState;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.diagnostics.Diagnostics;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The AWS provider's entry point: plan, apply, destroy and summarize a topology's stack.
 *
 * <pre>{@code
 * try (AwsProvider aws = AwsProvider.create(options)) {
 *   Plan plan = aws.plan(topology);
 *   System.out.print(plan.render());
 *   aws.apply(plan, ApplyGate.standard(), listener);
 *   System.out.print(aws.summary(topology).render());
 *   aws.destroy(topology, false, listener);
 * }
 * }</pre>
 *
 * Planning only reads (describe and list calls); an unchanged stack's plan has no changes and
 * applying it makes no mutating call. Diagnostics (regions, endpoints, counts, timings, lock breaks)
 * go to SLF4J at debug, silent without a backend; progress goes to the {@link ApplyListener}.
 */
public final class AwsProvider implements AutoCloseable {
  private static final Logger LOG = Diagnostics.logger(AwsProvider.class);

  private final AwsOptions options;
  private final ResourceHandlers handlers;
  private final Map<String, AwsClients> clients = new ConcurrentHashMap<>();

  private AwsProvider(AwsOptions options, ResourceHandlers handlers) {
    this.options = options;
    this.handlers = handlers;
  }

  /** A provider with the standard handlers. */
  public static AwsProvider create(AwsOptions options) {
    return new AwsProvider(options, ResourceHandlers.standard());
  }

  /** The options. */
  public AwsOptions options() {
    return options;
  }

  /** The clients for {@code topology}'s region (or the options' override), made once. */
  public AwsClients clients(Topology topology) {
    String region = options.connection().region().orElse(topology.region());
    return clients.computeIfAbsent(region, r -> {
      LOG.debug("AWS clients for region {} at {}", r, options.connection().endpoint().map(Object::toString).orElse("AWS"));
      return AwsClients.create(r, options);
    });
  }

  /** The topology's logical zones mapped to the account's zones (one DescribeAvailabilityZones call). */
  public ZoneMap zones(Topology topology) {
    return ZoneMap.resolve(clients(topology).ec2(), options.connection().region().orElse(topology.region()), topology.zones(), options.realization().zoneNames());
  }

  /** The AWS resources that realize {@code topology}. */
  public DesiredStack desired(Topology topology) {
    return TopologyMapping.map(topology, zones(topology), options);
  }

  /** What exists of {@code topology}'s stack: one describe call per kind, by the stack tag. */
  public StackState discover(Topology topology) {
    return discover(topology, desired(topology));
  }

  private StackState discover(Topology topology, DesiredStack desired) {
    long started = System.nanoTime();
    StackState state = new StackState(topology.name());
    HandlerContext ctx = context(topology, desired, state, "discover", false, ApplyListener.NONE);
    for (ResourceHandler h : handlers.inDiscoveryOrder()) {
      state.putAll(h.discover(ctx));
    }
    LOG.debug("discovered {} resource(s) of stack {} in {} ms", state.all().size(), topology.name(),
        (System.nanoTime() - started) / 1_000_000);
    return state;
  }

  /** The changes that would make the stack match {@code topology}. Only reads. */
  public Plan plan(Topology topology) {
    DesiredStack desired = desired(topology);
    StackState current = discover(topology, desired);
    Plan plan = new Plan(topology, desired, new Planner(handlers).changes(desired, current));
    LOG.debug("plan {} for stack {}: {}", plan.id(), topology.name(), plan.summary());
    return plan;
  }

  /** The deletions that would remove every resource the stack owns. Only reads. */
  public Plan planDestroy(Topology topology) {
    DesiredStack desired = desired(topology);
    StackState current = discover(topology, desired);
    List<Change> deletions = new ArrayList<>();
    current.all().forEach(c -> deletions.add(new Change(c.logicalId(), c.kind(), ChangeAction.DELETE, "destroy: owned by stack " + topology.name(), List.of(), Optional.empty(), Optional.of(c))));
    return new Plan(topology, desired, deletions);
  }

  /**
   * Breaks {@code topology}'s stack lock now, if {@code holder} holds it: for a process known to
   * be dead, instead of waiting until its heartbeat is older than {@link LockingOptions#staleAfter()}.
   *
   * @return what was done
   * @throws StackLockedException when someone else holds the lock (it is left in place)
   */
  public String breakLock(Topology topology, String holder) {
    String done = StackLock.breakHeldBy(clients(topology).ec2(), topology.name(), holder);
    LOG.debug("stack {}: {}", topology.name(), done);
    return done;
  }

  /**
   * Applies {@code plan} after {@code gate} passes its topology; makes no call when the plan
   * has no changes.
   *
   * @throws dev.tenkai.aws.apply.ApplyRefusedException when the topology has validation errors
   *     and no override
   * @throws StackLockedException when another apply or destroy of the stack holds its lock
   */
  public ApplyResult apply(Plan plan, ApplyGate gate, ApplyListener listener) {
    gate.check(plan.topology(), listener);
    StackState state = new StackState(plan.topology().name());
    plan.changes().forEach(c -> c.current().ifPresent(state::put));
    HandlerContext ctx = context(plan.topology(), plan.desired(), state, plan.id(), false, listener);
    return locked(plan, listener, () -> new PlanExecutor(handlers).execute(plan, ctx, listener));
  }

  /**
   * Runs {@code run} holding the stack's {@link StackLock}, beating its heartbeat meanwhile; a
   * plan without mutations takes no lock (it makes no mutating call at all).
   */
  private ApplyResult locked(Plan plan, ApplyListener listener, java.util.function.Supplier<ApplyResult> run) {
    LOG.debug("running plan {} on stack {}: {} mutation(s)", plan.id(), plan.topology().name(), plan.mutations().size());
    if (plan.mutations().isEmpty()) {
      return run.get();
    }
    StackLock lock = StackLock.acquire(clients(plan.topology()).ec2(), plan.topology().name(), options.locking().owner(),
        options.locking().staleAfter(), java.time.Clock.systemUTC(), listener::lockNotice);
    java.util.concurrent.ScheduledExecutorService beat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tenkai-lock-heartbeat");
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(1000, options.locking().staleAfter().toMillis() / 4);
    beat.scheduleAtFixedRate(() -> {
      try {
        lock.heartbeat();
      } catch (RuntimeException e) {
        listener.lockNotice("heartbeat failed (" + e.getMessage() + "); the lock goes stale if this persists");
      }
    }, every, every, TimeUnit.MILLISECONDS);
    try {
      ApplyResult result = run.get();
      LOG.debug("plan {} on stack {}: {}", plan.id(), plan.topology().name(), result.summary());
      return result;
    } finally {
      // Let a heartbeat in progress finish rather than interrupt it: an interrupted call reads as
      // "heartbeat failed" (a false alarm at the end of a good run), and one still running could
      // tag the lock after the release deleted it.
      beat.shutdown();
      try {
        beat.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        lock.close();
      } catch (RuntimeException e) {
        listener.lockNotice("releasing the lock failed (" + e.getMessage() + "); the next run breaks it once it is older than "
            + options.locking().staleAfter());
      }
    }
  }

  /**
   * Deletes every resource the stack owns, in reverse order. The database keeps a final snapshot
   * unless {@code skipFinalSnapshot}. Resources without the stack's tags are never touched.
   */
  public ApplyResult destroy(Topology topology, boolean skipFinalSnapshot, ApplyListener listener) {
    return destroy(planDestroy(topology), skipFinalSnapshot, listener);
  }

  /**
   * Carries out a plan from {@link #planDestroy} (so what was shown is what is deleted).
   *
   * @throws IllegalArgumentException when the plan holds anything but deletions
   * @throws StackLockedException when another apply or destroy of the stack holds its lock
   */
  public ApplyResult destroy(Plan plan, boolean skipFinalSnapshot, ApplyListener listener) {
    for (Change c : plan.mutations()) {
      if (c.action() != ChangeAction.DELETE) {
        throw new IllegalArgumentException("not a destroy plan: " + c.logicalId() + " would be " + c.action());
      }
    }
    Topology topology = plan.topology();
    StackState state = new StackState(topology.name());
    plan.changes().forEach(c -> c.current().ifPresent(state::put));
    HandlerContext ctx = context(topology, plan.desired(), state, plan.id(), skipFinalSnapshot, listener);
    return locked(plan, listener, () -> new PlanExecutor(handlers).execute(plan, ctx, listener));
  }

  /** What exists of the stack, per zone. Only reads. */
  public StackSummary summary(Topology topology) {
    DesiredStack desired = desired(topology);
    return StackSummary.of(discover(topology, desired), desired);
  }

  private HandlerContext context(Topology topology, DesiredStack desired, StackState state, String runId, boolean skipFinalSnapshot, ApplyListener listener) {
    Set<String> records = desired.resources().values().stream()
        .filter(r -> r.kind() == AwsKind.DNS_RECORD).map(r -> r.logicalId()).collect(Collectors.toSet());
    return new HandlerContext(clients(topology), options, state, runId == null ? UUID.randomUUID().toString() : runId, skipFinalSnapshot, records, listener::waiting);
  }

  @Override
  public void close() {
    clients.values().forEach(AwsClients::close);
    clients.clear();
  }
}
