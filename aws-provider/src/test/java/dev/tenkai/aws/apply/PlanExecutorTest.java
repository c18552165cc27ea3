package dev.tenkai.aws.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.plan.Planner;
import dev.tenkai.aws.plan.StackState;
import dev.tenkai.aws.plan.TestStacks;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Topology;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The engine (executor, dependency runner, rolling replacement, retries and waits) driven by fake
 * kinds and a fake clock: no AWS, no emulator, minutes of AWS waiting in milliseconds.
 */
class PlanExecutorTest {
  private final FakeCloud cloud = new FakeCloud();
  private final FakeClock clock = new FakeClock();
  private final List<String> retries = new CopyOnWriteArrayList<>();
  private final ApplyListener listener = new ApplyListener() {
    @Override
    public void retrying(Change change, int attempt, Throwable cause) {
      retries.add(change.logicalId() + "#" + attempt);
    }
  };

  private static AwsOptions options(int concurrency, int maxAttempts) {
    return AwsOptions.builder().concurrency(concurrency).maxAttempts(maxAttempts)
        .pollInterval(Duration.ofSeconds(5)).readinessTimeout(Duration.ofMinutes(10)).build();
  }

  private static DesiredResource res(AwsKind kind, String id, String... deps) {
    Map<String, String> props = new java.util.TreeMap<>();
    for (String d : deps) {
      props.put("ref-" + d, d);
    }
    return DesiredResource.of(kind, id, props, Set.of(deps), Optional.empty());
  }

  private static Change create(DesiredResource d) {
    return new Change(d.logicalId(), d.kind(), ChangeAction.CREATE, "does not exist", List.of(), Optional.of(d), Optional.empty());
  }

  private static Change delete(DesiredResource d, String physical) {
    CurrentResource c = CurrentResource.of(d.kind(), d.logicalId(), physical, d.properties(), Map.of());
    return new Change(d.logicalId(), d.kind(), ChangeAction.DELETE, "gone", List.of(), Optional.empty(), Optional.of(c));
  }

  private ApplyResult run(DesiredStack desired, List<Change> changes, AwsOptions options) {
    Plan plan = new Plan(ReferenceTopologies.modern(), desired, changes);
    StackState state = new StackState("s");
    changes.forEach(c -> c.current().ifPresent(state::put));
    HandlerContext ctx = new HandlerContext(null, options, state, "run", false, Set.of(), w -> { });
    return new PlanExecutor(cloud.kinds(), clock).execute(plan, ctx, listener);
  }

  /** vpc <- subnet/a, subnet/c <- lb; and a hosted zone that the subnet/a refers to (a later kind than subnet). */
  private static List<DesiredResource> graph() {
    return List.of(
        res(AwsKind.HOSTED_ZONE, "hosted-zone/z"),
        res(AwsKind.VPC, "vpc"),
        res(AwsKind.SUBNET, "subnet/a", "vpc", "hosted-zone/z"),
        res(AwsKind.SUBNET, "subnet/c", "vpc"),
        res(AwsKind.LOAD_BALANCER, "load-balancer/lb", "subnet/a", "subnet/c"));
  }

  @Test
  void createsInDependencyOrderAndDeletesInReverseFromTheGraphNotTheKindOrder() {
    List<DesiredResource> rs = graph();
    ApplyResult made = run(TestStacks.of(rs), rs.stream().map(PlanExecutorTest::create).toList(), options(4, 3));
    assertThat(made.succeeded()).as(made.summary()).isTrue();
    List<String> creates = cloud.events("create");
    assertThat(creates.indexOf("create vpc")).isLessThan(creates.indexOf("create subnet/a")).isLessThan(creates.indexOf("create load-balancer/lb"));
    assertThat(creates.indexOf("create hosted-zone/z")).isLessThan(creates.indexOf("create subnet/a"));
    assertThat(creates.indexOf("create subnet/c")).isLessThan(creates.indexOf("create load-balancer/lb"));

    // Destroy with nothing desired: the order comes from what each resource, as read back, refers to.
    cloud.events.clear();
    List<Change> deletions = new ArrayList<>();
    rs.forEach(r -> deletions.add(delete(r, "p-" + r.logicalId())));
    ApplyResult gone = run(TestStacks.of(List.of()), deletions, options(4, 3));
    assertThat(gone.succeeded()).as(gone.summary()).isTrue();
    List<String> deletes = cloud.events("delete");
    assertThat(deletes).hasSize(5);
    assertThat(deletes.indexOf("delete load-balancer/lb")).isLessThan(deletes.indexOf("delete subnet/a")).isLessThan(deletes.indexOf("delete vpc"));
    assertThat(deletes.indexOf("delete subnet/c")).isLessThan(deletes.indexOf("delete vpc"));
    // The kind order would delete the hosted zone (a later kind) before the subnet; the graph does not.
    assertThat(deletes.indexOf("delete subnet/a")).isLessThan(deletes.indexOf("delete hosted-zone/z"));
  }

  @Test
  void neverMoreKindCallsAtOnceThanTheConcurrency() {
    List<DesiredResource> rs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rs.add(res(AwsKind.SUBNET, "subnet/" + i));
      cloud.slowMillis.put("subnet/" + i, 15L);
    }
    ApplyResult r = run(TestStacks.of(rs), rs.stream().map(PlanExecutorTest::create).toList(), options(3, 3));
    assertThat(r.succeeded()).isTrue();
    assertThat(cloud.events("create")).hasSize(12);
    assertThat(cloud.maxRunning.get()).isBetween(2, 3);
  }

  @Test
  void aFailureStartsNothingNewButLetsTheChangesInFlightFinish() {
    List<DesiredResource> rs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rs.add(res(AwsKind.SUBNET, "subnet/" + i));
    }
    cloud.failing.add("subnet/0");
    cloud.slowMillis.put("subnet/1", 300L);
    ApplyResult r = run(TestStacks.of(rs), rs.stream().map(PlanExecutorTest::create).toList(), options(2, 3));
    assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f.change().logicalId()).isEqualTo("subnet/0"));
    assertThat(r.done()).extracting(Change::logicalId).containsExactly("subnet/1");
    assertThat(r.notStarted()).extracting(Change::logicalId).containsExactlyInAnyOrder("subnet/2", "subnet/3", "subnet/4", "subnet/5");
    assertThat(cloud.events("create")).containsExactlyInAnyOrder("create subnet/0", "create subnet/1");
  }

  @Test
  void notYetIsRetriedWithGrowingPausesOnTheClock() {
    DesiredResource vpc = res(AwsKind.VPC, "vpc");
    cloud.notYet.put("vpc", 2);
    ApplyResult r = run(TestStacks.of(List.of(vpc)), List.of(create(vpc)), options(1, 5));
    assertThat(r.succeeded()).as(r.summary()).isTrue();
    assertThat(retries).containsExactly("vpc#2", "vpc#3");
    assertThat(cloud.events("create")).hasSize(3);
    // 5 s, then 10 s: virtual time, not real.
    assertThat(clock.elapsed()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void throttlingIsNotYetForEveryKindButAnUnknownCodeFailsAtOnce() {
    DesiredResource vpc = res(AwsKind.VPC, "vpc");
    cloud.notYetCode = "ThrottlingException";
    cloud.notYet.put("vpc", 1);
    assertThat(run(TestStacks.of(List.of(vpc)), List.of(create(vpc)), options(1, 5)).succeeded()).isTrue();
    assertThat(retries).containsExactly("vpc#2");

    retries.clear();
    cloud.notYetCode = "AccessDenied";
    cloud.notYet.put("vpc", 1);
    ApplyResult r = run(TestStacks.of(List.of(vpc)), List.of(create(vpc)), options(1, 5));
    assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f.cause()).hasMessageContaining("AccessDenied"));
    assertThat(retries).isEmpty();
  }

  @Test
  void notYetStopsAtTheKindsDeadlineInVirtualTime() {
    DesiredResource vpc = res(AwsKind.VPC, "vpc");
    cloud.deadline = Duration.ofMinutes(2);
    cloud.notYet.put("vpc", Integer.MAX_VALUE);
    long started = System.nanoTime();
    ApplyResult r = run(TestStacks.of(List.of(vpc)), List.of(create(vpc)), options(1, 20));
    assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f.cause()).hasMessageContaining("Busy"));
    assertThat(clock.elapsed()).isLessThanOrEqualTo(Duration.ofMinutes(2)).isGreaterThan(Duration.ofMinutes(1));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void readinessIsPolledUntilReadyOrTheDeadlineAndAStuckResourceStaysKnown() {
    DesiredResource nat = res(AwsKind.NAT_GATEWAY, "nat-gateway/a");
    cloud.pollsUntilReady.put("nat-gateway/a", 3);
    ApplyResult ok = run(TestStacks.of(List.of(nat)), List.of(create(nat)), options(1, 3));
    assertThat(ok.succeeded()).isTrue();
    assertThat(cloud.events("poll")).hasSize(4);
    assertThat(clock.elapsed()).isEqualTo(Duration.ofSeconds(15));

    cloud.deadline = Duration.ofMinutes(20);
    cloud.pollsUntilReady.put("nat-gateway/a", Integer.MAX_VALUE);
    ApplyResult stuck = run(TestStacks.of(List.of(nat)), List.of(create(nat)), options(1, 3));
    assertThat(stuck.failed()).singleElement().satisfies(f -> assertThat(f.cause())
        .isInstanceOf(WaitTimedOutException.class).hasMessageContaining("nat-gateway/a").hasMessageContaining("PT20M"));
    assertThat(stuck.state().get("nat-gateway/a")).as("a resource created but never ready is still known").isPresent();
  }

  // ---- rolling replacement, on the reference topology's web servers ----

  private static final ZoneMap TOKYO = ZoneMap.of(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c"));
  private static final AwsOptions MAPPING = dev.tenkai.aws.local.LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build();

  private static Topology web(String instanceClass) {
    Topology t = ReferenceTopologies.modern();
    return ImmutableTopology.copyOf(t).withServerGroups(ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow())
        .withCountPerZone(Map.of("a", 2, "c", 2)).withInstanceClass(instanceClass).withRestartPolicy(RestartPolicy.batchesOf(1))
        .withMinimumInService(1));
  }

  /** Applies {@code from} to the fake cloud, then the plan to {@code to}; returns the second result. */
  private ApplyResult roll(Topology from, Topology to, Runnable beforeSecond) {
    DesiredStack before = TopologyMapping.map(from, TOKYO, MAPPING);
    StackState state = new StackState(from.name());
    HandlerContext ctx = new HandlerContext(null, options(4, 3), state, "first", false, Set.of(), w -> { });
    ResourceHandlers kinds = cloud.kinds();
    Plan first = new Plan(from, before, new Planner(ResourceHandlers.standard()).changes(before, new StackState(from.name())));
    assertThat(new PlanExecutor(kinds, clock).execute(first, ctx, listener).succeeded()).isTrue();
    cloud.events.clear();
    beforeSecond.run();
    DesiredStack after = TopologyMapping.map(to, TOKYO, MAPPING);
    Plan second = new Plan(to, after, new Planner(ResourceHandlers.standard()).changes(after, state));
    assertThat(second.rolling().isEmpty()).as(second.render()).isFalse();
    HandlerContext again = new HandlerContext(null, options(4, 3), state, "second", false, Set.of(), w -> { });
    return new PlanExecutor(kinds, clock).execute(second, again, listener);
  }

  private List<String> serverEvents() {
    return cloud.events.stream().filter(e -> e.matches("(create|register|healthy|deregister|delete) instance/web/.*")).toList();
  }

  @Test
  void aRollReplacesBatchByBatchNewServersHealthyBeforeTheOldOnesGo() {
    ApplyResult r = roll(web("c6i.large"), web("c7i.large"), () -> { });
    assertThat(r.succeeded()).as(r.summary()).isTrue();
    List<String> ev = serverEvents();
    for (String s : List.of("instance/web/a/1", "instance/web/a/2", "instance/web/c/1", "instance/web/c/2")) {
      // create before destroy: launched, registered, healthy, then the old one deregistered and terminated.
      assertThat(ev).containsSubsequence("create " + s, "register " + s, "healthy " + s, "deregister " + s, "delete " + s);
    }
    // Batches of one per zone: the second batch launches only after the first batch's old servers went.
    assertThat(ev.indexOf("delete instance/web/a/1")).isLessThan(ev.indexOf("create instance/web/a/2"));
    assertThat(ev.indexOf("delete instance/web/c/1")).isLessThan(ev.indexOf("create instance/web/c/2"));
  }

  @Test
  void aStuckRollStopsWithTheOldServersInService() {
    long started = System.nanoTime();
    ApplyResult r = roll(web("c6i.large"), web("c7i.large"), () -> cloud.healthyAfterPolls = -1);
    assertThat(r.succeeded()).isFalse();
    assertThat(r.failed()).isNotEmpty().allSatisfy(f -> assertThat(f.cause()).hasMessageContaining("stay in service"));
    List<String> ev = serverEvents();
    // Nothing old was deregistered or terminated; the new ones were taken out again.
    assertThat(ev.stream().filter(e -> e.startsWith("create ")).toList()).isNotEmpty();
    for (String created : ev.stream().filter(e -> e.startsWith("create ")).map(e -> e.substring(7)).toList()) {
      assertThat(ev).containsSubsequence("create " + created, "register " + created, "deregister " + created, "delete " + created);
    }
    // Every old server is still registered: four servers in service, none replaced.
    assertThat(cloud.registered.values().stream().mapToInt(Set::size).sum()).isEqualTo(4);
    assertThat(r.state().all(AwsKind.INSTANCE).stream().filter(c -> c.logicalId().startsWith("instance/web/"))).hasSize(4);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}
