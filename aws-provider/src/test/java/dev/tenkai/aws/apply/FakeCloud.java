package dev.tenkai.aws.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.cloudformation.TemplateAssembly;
import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.handlers.TargetRegistry;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.TopologyMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * An in-memory cloud with one fake kind per {@link AwsKind}: records what happens in order,
 * and can be told to fail, answer "not yet", be slow to become ready, or keep servers unhealthy.
 */
final class FakeCloud {
  /** What happened, in order: "create vpc", "delete subnet/a", "register instance/web/a/1"... */
  final List<String> events = new CopyOnWriteArrayList<>();
  final Map<String, Integer> notYet = new ConcurrentHashMap<>();
  final Map<String, Integer> pollsUntilReady = new ConcurrentHashMap<>();
  final Set<String> failing = ConcurrentHashMap.newKeySet();
  final Map<String, Long> slowMillis = new ConcurrentHashMap<>();
  final AtomicInteger running = new AtomicInteger();
  final AtomicInteger maxRunning = new AtomicInteger();
  /** Target group physical id to registered server physical ids. */
  final Map<String, Set<String>> registered = new ConcurrentHashMap<>();
  /** Health polls before a newly registered server is healthy; negative: never. */
  volatile int healthyAfterPolls = 1;
  private final Map<String, Integer> healthPolls = new ConcurrentHashMap<>();
  private final Map<String, String> logicalOf = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  volatile String notYetCode = "Busy";
  volatile Duration deadline = Duration.ofMinutes(10);

  /** Every kind, faked, in the standard discovery order. */
  ResourceHandlers kinds() {
    List<ResourceHandler> all = new ArrayList<>();
    for (AwsKind k : AwsKind.values()) {
      all.add(new Kind(k));
    }
    return ResourceHandlers.of(all);
  }

  /** The events whose text starts with {@code prefix}, in order. */
  List<String> events(String prefix) {
    return events.stream().filter(e -> e.startsWith(prefix)).toList();
  }

  private void work(String what, String logicalId) {
    events.add(what + " " + logicalId);
    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      if (failing.contains(logicalId)) {
        throw new IllegalStateException("injected failure of " + what + " " + logicalId);
      }
      Integer left = notYet.computeIfPresent(logicalId, (k, n) -> n - 1);
      if (left != null && left >= 0) {
        throw AwsServiceException.builder().message(notYetCode + " for " + logicalId)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(notYetCode).build()).build();
      }
      long slow = slowMillis.getOrDefault(logicalId, 0L);
      if (slow > 0) {
        Thread.sleep(slow);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running.decrementAndGet();
    }
  }

  /** A fake of one kind: properties are stored as desired, "Busy" is its "not yet". */
  final class Kind implements ResourceHandler {
    private final AwsKind kind;

    Kind(AwsKind kind) {
      this.kind = kind;
    }

    @Override
    public AwsKind kind() {
      return kind;
    }

    @Override
    public KindSchema schema() {
      return KindSchema.builder().build();
    }

    @Override
    public Set<String> notYetCodes() {
      return Set.of("Busy");
    }

    @Override
    public Duration deadline(HandlerContext ctx) {
      return deadline;
    }

    @Override
    public List<CurrentResource> discover(HandlerContext ctx) {
      return List.of();
    }

    @Override
    public CurrentResource create(DesiredResource d, HandlerContext ctx) {
      work("create", d.logicalId());
      String physical = "p-" + ids.incrementAndGet();
      logicalOf.put(physical, d.logicalId());
      registerTargets(d, physical, ctx);
      return CurrentResource.of(kind, d.logicalId(), physical, d.properties(), Map.of());
    }

    @Override
    public Optional<CurrentResource> ready(CurrentResource r, HandlerContext ctx) {
      events.add("poll " + r.logicalId());
      Integer left = pollsUntilReady.computeIfPresent(r.logicalId(), (k, n) -> n - 1);
      return left != null && left >= 0 ? Optional.empty() : Optional.of(r);
    }

    @Override
    public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
      work("update", d.logicalId());
      registerTargets(d, c.physicalId(), ctx);
      return CurrentResource.of(kind, d.logicalId(), c.physicalId(), d.properties(), Map.of());
    }

    @Override
    public void delete(CurrentResource c, HandlerContext ctx) {
      work("delete", c.logicalId());
    }

    /** A target group registers the servers its "targets" name, like the real one. */
    private void registerTargets(DesiredResource d, String physical, HandlerContext ctx) {
      if (kind == AwsKind.TARGET_GROUP) {
        Set<String> want = ConcurrentHashMap.newKeySet();
        TopologyMapping.items(d.properties().getOrDefault("targets", "")).forEach(t -> want.add(ctx.state().physicalId(t)));
        registered.put(physical, want);
      }
    }

    @Override
    public String cloudFormationType() {
      return "Fake::" + kind.label();
    }

    @Override
    public Optional<ObjectNode> cloudFormation(DesiredResource desired, TemplateAssembly cfn) {
      return Optional.empty();
    }

    @Override
    public Optional<TargetRegistry> targets() {
      return kind == AwsKind.TARGET_GROUP ? Optional.of(new Registry()) : Optional.empty();
    }
  }

  private final class Registry implements TargetRegistry {
    @Override
    public Set<String> registered(CurrentResource group, HandlerContext ctx) {
      return Set.copyOf(registered.getOrDefault(group.physicalId(), Set.of()));
    }

    @Override
    public void register(CurrentResource group, List<String> ids, HandlerContext ctx) {
      ids.forEach(id -> events.add("register " + logicalOf.getOrDefault(id, id)));
      registered.computeIfAbsent(group.physicalId(), k -> ConcurrentHashMap.newKeySet()).addAll(ids);
    }

    @Override
    public void deregister(CurrentResource group, List<String> ids, HandlerContext ctx) {
      ids.forEach(id -> events.add("deregister " + logicalOf.getOrDefault(id, id)));
      registered.getOrDefault(group.physicalId(), ConcurrentHashMap.newKeySet()).removeAll(ids);
    }

    @Override
    public Map<String, String> health(CurrentResource group, List<String> ids, HandlerContext ctx) {
      Map<String, String> out = new HashMap<>();
      for (String id : ids) {
        if (!registered.getOrDefault(group.physicalId(), Set.of()).contains(id)) {
          out.put(id, "unused");
          continue;
        }
        int polls = healthPolls.merge(id, 1, Integer::sum);
        boolean healthy = healthyAfterPolls >= 0 && polls > healthyAfterPolls;
        if (healthy && polls == healthyAfterPolls + 1) {
          events.add("healthy " + logicalOf.getOrDefault(id, id));
        }
        out.put(id, healthy ? "healthy" : "initial");
      }
      return out;
    }

    @Override
    public Duration drainLimit(CurrentResource group, HandlerContext ctx) {
      return Duration.ofSeconds(30);
    }
  }
}
