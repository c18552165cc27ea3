package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.apply.ProgressPrinter;
import dev.tenkai.aws.handlers.InstanceHandler;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.plan.RollStepKind;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthStateEnum;

/**
 * Scaling the reference web tier on moto: out from one server per zone to three and back, and a
 * change of instance class, with the calls recorded in order and every zone's registered servers
 * sampled after each mutating call. moto passes every registered target's health check at once
 * and forgets a deregistered target at once (AWS keeps it "draining" for the deregistration
 * delay): the order of calls is what these tests check, not the waiting.
 */
@ExtendWith(MotoExtension.class)
class ScalingOnMotoTest {
  private static final Map<String, String> ZONES = Map.of("ap-northeast-1a", "a", "ap-northeast-1c", "c");

  private final Validator noRules = Validator.builder().build();
  private final RollWatch watch = new RollWatch();

  static Topology web(int perZone, String instanceClass) {
    Topology t = ReferenceTopologies.modern();
    return ImmutableTopology.copyOf(t).withServerGroups(
        ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow())
            .withCountPerZone(Map.of("a", perZone, "c", perZone))
            .withInstanceClass(instanceClass)
            .withRestartPolicy(RestartPolicy.batchesOf(1))
            .withMinimumInService(1));
  }

  private AwsProvider provider(LocalEmulator moto, Duration readiness, ExecutionInterceptor... extra) {
    AwsOptions.Builder b = moto.options(ReferenceTopologies.modern()).maxAttempts(1).readinessTimeout(readiness).interceptor(watch);
    for (ExecutionInterceptor i : extra) {
      b.interceptor(i);
    }
    return AwsProvider.create(b.build());
  }

  private ApplyResult apply(AwsProvider aws, Plan plan, ByteArrayOutputStream log) {
    return aws.apply(plan, ApplyGate.validatedBy(noRules), new ProgressPrinter(new PrintStream(log, true, StandardCharsets.UTF_8)));
  }

  private void applied(AwsProvider aws, Topology t) {
    ApplyResult r = apply(aws, aws.plan(t), new ByteArrayOutputStream());
    assertThat(r.succeeded()).as(r.summary()).isTrue();
  }

  /** The stack's live web servers: instance id to instance. */
  private static Map<String, Instance> liveWeb(AwsProvider aws, Topology t) {
    Map<String, Instance> out = new TreeMap<>();
    aws.clients(t).ec2().describeInstancesPaginator(r -> r.filters(
            Filter.builder().name("tag:" + StackTags.STACK).values(t.name()).build(),
            Filter.builder().name("instance-state-name").values("pending", "running").build()))
        .reservations().forEach(res -> res.instances().stream()
            .filter(i -> i.tags().stream().anyMatch(tag -> tag.key().equals(StackTags.LOGICAL_ID) && tag.value().startsWith("instance/web/")))
            .forEach(i -> out.put(i.instanceId(), i)));
    return out;
  }

  private static String targetGroupArn(AwsProvider aws, Topology t) {
    return aws.clients(t).elb().describeTargetGroups(r -> r.names("reference-web-lb")).targetGroups().get(0).targetGroupArn();
  }

  private static Set<String> registered(AwsProvider aws, Topology t) {
    String arn = targetGroupArn(aws, t);
    return aws.clients(t).elb().describeTargetHealth(r -> r.targetGroupArn(arn)).targetHealthDescriptions().stream()
        .map(d -> d.target().id()).collect(Collectors.toSet());
  }

  @Test
  void scalingOutRegistersAndWaitsForHealthAndScalingInDrainsBeforeTerminating(LocalEmulator moto) {
    Topology one = web(1, "c6i.large");
    Topology three = web(3, "c6i.large");
    try (AwsProvider aws = provider(moto, Duration.ofSeconds(30))) {
      applied(aws, one);
      Set<String> original = liveWeb(aws, one).keySet();
      watch.arm(aws.clients(one), targetGroupArn(aws, one), original);

      Plan out = aws.plan(three);
      assertThat(out.rolling().group("web").orElseThrow().steps()).extracting(s -> s.kind()).containsExactly(RollStepKind.SCALE_OUT);
      assertThat(out.render()).contains("scale out [a: 2,3; c: 2,3]").contains("in service a:1 c:1 -> a:3 c:3");
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      ApplyResult r = apply(aws, out, log);
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      assertThat(log.toString(StandardCharsets.UTF_8)).contains("~ rolling web: step 1/1 scale out").contains("to pass web-lb's health check");
      // Launch all, register all, see all healthy; nothing deregistered or terminated.
      // (The four launch in parallel, in any order.)
      List<String> events = watch.symbolic();
      assertThat(events).hasSize(6);
      assertThat(events.subList(0, 4)).containsExactlyInAnyOrder(
          "RunInstances new-a", "RunInstances new-a", "RunInstances new-c", "RunInstances new-c");
      assertThat(events.subList(4, 6)).containsExactly(
          "RegisterTargets new-a,new-a,new-c,new-c",
          "Health new-a=healthy,new-a=healthy,new-c=healthy,new-c=healthy");
      assertThat(liveWeb(aws, three)).hasSize(6);
      assertThat(registered(aws, three)).isEqualTo(liveWeb(aws, three).keySet());
      assertThat(aws.plan(three).hasChanges()).isFalse();

      Set<String> six = liveWeb(aws, three).keySet();
      Set<String> kept = original;
      watch.arm(aws.clients(one), targetGroupArn(aws, one), kept);
      Plan in = aws.plan(one);
      assertThat(in.rolling().group("web").orElseThrow().steps()).extracting(s -> s.kind()).containsExactly(RollStepKind.SCALE_IN);
      r = apply(aws, in, new ByteArrayOutputStream());
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      // Deregister the four, wait for their drain, only then terminate them.
      events = watch.symbolic();
      assertThat(events).hasSize(6);
      assertThat(events.subList(0, 2)).containsExactly(
          "DeregisterTargets new-a,new-a,new-c,new-c",
          "Health new-a=unused,new-a=unused,new-c=unused,new-c=unused");
      assertThat(events.subList(2, 6)).containsExactlyInAnyOrder(
          "TerminateInstances new-a", "TerminateInstances new-a", "TerminateInstances new-c", "TerminateInstances new-c");
      assertThat(liveWeb(aws, one).keySet()).isEqualTo(original).isNotEqualTo(six);
      assertThat(registered(aws, one)).isEqualTo(original);
      assertThat(aws.plan(one).hasChanges()).isFalse();
    }
    assertThat(watch.samples).isNotEmpty().allSatisfy(s -> assertThat(s.perZone()).as(s.call())
        .containsOnlyKeys("a", "c").allSatisfy((zone, n) -> assertThat(n).isGreaterThanOrEqualTo(1)));
  }

  @Test
  void changingTheInstanceClassReplacesBatchByBatchCreatingBeforeDestroying(LocalEmulator moto) {
    Topology small = web(1, "c6i.large");
    Topology big = web(1, "c6i.xlarge");
    try (AwsProvider aws = provider(moto, Duration.ofSeconds(30))) {
      applied(aws, small);
      Set<String> original = liveWeb(aws, small).keySet();
      watch.arm(aws.clients(small), targetGroupArn(aws, small), original);

      Plan plan = aws.plan(big);
      assertThat(plan.rolling().group("web").orElseThrow().steps()).extracting(s -> s.kind()).containsExactly(RollStepKind.REPLACE, RollStepKind.REPLACE);
      assertThat(plan.render()).contains(" 1. at 0s      replace   [a: 1]").contains("replace   [c: 1]");
      ApplyResult r = apply(aws, plan, new ByteArrayOutputStream());
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      assertThat(watch.symbolic()).containsExactly(
          "RunInstances new-a", "RegisterTargets new-a", "Health new-a=healthy",
          "DeregisterTargets old-a", "Health old-a=unused", "TerminateInstances old-a",
          "RunInstances new-c", "RegisterTargets new-c", "Health new-c=healthy",
          "DeregisterTargets old-c", "Health old-c=unused", "TerminateInstances old-c");
      Map<String, Instance> live = liveWeb(aws, big);
      assertThat(live).hasSize(2);
      assertThat(live.values()).extracting(Instance::instanceType).containsOnly(InstanceType.C6_I_XLARGE);
      assertThat(live.keySet()).doesNotContainAnyElementsOf(original);
      assertThat(registered(aws, big)).isEqualTo(live.keySet());
      assertThat(aws.plan(big).hasChanges()).isFalse();
    }
    assertThat(watch.samples).isNotEmpty().allSatisfy(s -> assertThat(s.perZone()).as(s.call())
        .containsOnlyKeys("a", "c").allSatisfy((zone, n) -> assertThat(n).isGreaterThanOrEqualTo(1)));
  }

  @Test
  void aReplacementThatNeverTurnsHealthyStopsTheRollAndLeavesTheOldServersInService(LocalEmulator moto) {
    Topology small = web(1, "c6i.large");
    Topology big = web(1, "c6i.xlarge");
    Set<String> healthyOnes = ConcurrentHashMap.newKeySet();
    try (AwsProvider setup = provider(moto, Duration.ofSeconds(30))) {
      applied(setup, small);
      healthyOnes.addAll(liveWeb(setup, small).keySet());
    }
    // Every server launched from now on fails its health check.
    ExecutionInterceptor failing = new ExecutionInterceptor() {
      @Override
      public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        if (!(context.response() instanceof DescribeTargetHealthResponse)) {
          return context.response();
        }
        DescribeTargetHealthResponse resp = (DescribeTargetHealthResponse) context.response();
        List<TargetHealthDescription> out = new ArrayList<>();
        for (TargetHealthDescription d : resp.targetHealthDescriptions()) {
          boolean fails = !healthyOnes.contains(d.target().id()) && d.targetHealth().state() == TargetHealthStateEnum.HEALTHY;
          out.add(fails ? d.toBuilder().targetHealth(h -> h.state(TargetHealthStateEnum.UNHEALTHY).reason("Target.FailedHealthChecks")).build() : d);
        }
        return resp.toBuilder().targetHealthDescriptions(out).build();
      }
    };
    try (AwsProvider aws = provider(moto, Duration.ofSeconds(2), failing)) {
      ApplyResult r = apply(aws, aws.plan(big), new ByteArrayOutputStream());
      assertThat(r.succeeded()).isFalse();
      assertThat(r.failed()).singleElement().satisfies(f -> {
        assertThat(f.change().logicalId()).isEqualTo("instance/web/a/1");
        assertThat(f.cause().getMessage()).contains("unhealthy").contains("the roll stopped")
            .contains("stay in service, their replacements were deregistered and terminated");
      });
      assertThat(r.notStarted()).extracting(Change::logicalId).contains("instance/web/c/1", "target-group/web-lb");
      assertThat(liveWeb(aws, small).keySet()).isEqualTo(healthyOnes);
      assertThat(registered(aws, small)).isEqualTo(healthyOnes);
      // Nothing changed for good: the next plan proposes the same replacement.
      assertThat(aws.plan(big).mutations()).extracting(Change::logicalId, Change::action)
          .contains(org.assertj.core.groups.Tuple.tuple("instance/web/a/1", ChangeAction.REPLACE),
              org.assertj.core.groups.Tuple.tuple("instance/web/c/1", ChangeAction.REPLACE));
    }
  }

  @Test
  void aRollStoppedBetweenLaunchAndTerminateIsFinishedByTheNextApply(LocalEmulator moto) throws InterruptedException {
    Topology small = web(1, "c6i.large");
    Topology big = web(1, "c6i.xlarge");
    try (AwsProvider aws = provider(moto, Duration.ofSeconds(30))) {
      applied(aws, small);
      Map<String, Instance> before = liveWeb(aws, small);
      Instance oldA = before.values().stream().filter(i -> i.placement().availabilityZone().endsWith("1a")).findFirst().orElseThrow();
      // The process died right after launching the replacement of instance/web/a/1: the new
      // server runs, carries the same logical id, and is not registered. (moto's launch times
      // have whole seconds: wait one, so the replacement is the newer.)
      Thread.sleep(1100);
      String newA = aws.clients(small).ec2().runInstances(RunInstancesRequest.builder()
          .imageId(oldA.imageId()).instanceType(InstanceType.C6_I_XLARGE).minCount(1).maxCount(1)
          .subnetId(oldA.subnetId()).securityGroupIds(oldA.securityGroups().get(0).groupId())
          .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE).tags(oldA.tags()).build()).build()).instances().get(0).instanceId();

      Plan plan = aws.plan(big);
      Map<String, ChangeAction> actions = plan.changes().stream().filter(c -> c.logicalId().startsWith("instance/web/"))
          .collect(Collectors.toMap(Change::logicalId, Change::action));
      assertThat(actions).as(plan.render()).containsExactlyInAnyOrderEntriesOf(Map.of(
          "instance/web/a/1", ChangeAction.NO_CHANGE,
          InstanceHandler.superseded("instance/web/a/1", oldA.instanceId()), ChangeAction.DELETE,
          "instance/web/c/1", ChangeAction.REPLACE));
      assertThat(plan.rolling().group("web").orElseThrow().steps()).extracting(s -> s.kind())
          .containsExactly(RollStepKind.SCALE_OUT, RollStepKind.REPLACE, RollStepKind.SCALE_IN);

      ApplyResult r = apply(aws, plan, new ByteArrayOutputStream());
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      Map<String, Instance> live = liveWeb(aws, big);
      assertThat(live).hasSize(2).containsKey(newA).doesNotContainKey(oldA.instanceId());
      assertThat(live.values()).extracting(Instance::instanceType).containsOnly(InstanceType.C6_I_XLARGE);
      assertThat(registered(aws, big)).isEqualTo(live.keySet());
      assertThat(aws.plan(big).hasChanges()).as(aws.plan(big).render()).isFalse();
    }
  }

  /** A zone's registered servers after one mutating call. @param call the call @param perZone servers per zone */
  record Sample(String call, Map<String, Integer> perZone) {}

  /**
   * Records the rolling calls with the instances they name, and after each mutating call counts
   * the target group's registered, healthy servers per zone through clients of its own.
   */
  static final class RollWatch implements ExecutionInterceptor {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Map<String, String> zoneOf = new ConcurrentHashMap<>();
    private volatile AwsClients probe;
    private volatile String arn;
    private volatile Set<String> old = Set.of();

    /** Starts recording afresh; {@code oldServers} are the servers from before. */
    void arm(AwsClients clients, String targetGroupArn, Set<String> oldServers) {
      events.clear();
      this.probe = clients;
      this.arn = targetGroupArn;
      this.old = Set.copyOf(oldServers);
    }

    private static List<String> ids(List<TargetDescription> targets) {
      return targets.stream().map(TargetDescription::id).collect(Collectors.toList());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
      if (probe == null) {
        return;
      }
      SdkRequest req = context.request();
      if (req instanceof RunInstancesRequest) {
        ((RunInstancesResponse) context.response()).instances().forEach(i -> events.add("RunInstances " + i.instanceId()));
      } else if (req instanceof RegisterTargetsRequest) {
        events.add("RegisterTargets " + String.join(",", ids(((RegisterTargetsRequest) req).targets())));
      } else if (req instanceof DeregisterTargetsRequest) {
        events.add("DeregisterTargets " + String.join(",", ids(((DeregisterTargetsRequest) req).targets())));
      } else if (req instanceof TerminateInstancesRequest) {
        events.add("TerminateInstances " + String.join(",", ((TerminateInstancesRequest) req).instanceIds()));
      } else if (req instanceof DescribeTargetHealthRequest && ((DescribeTargetHealthRequest) req).hasTargets()) {
        events.add("Health " + ((DescribeTargetHealthResponse) context.response()).targetHealthDescriptions().stream()
            .map(d -> d.target().id() + "=" + d.targetHealth().stateAsString()).collect(Collectors.joining(",")));
      }
      String name = req.getClass().getSimpleName();
      if (!(name.startsWith("Describe") || name.startsWith("List") || name.startsWith("Get"))) {
        samples.add(new Sample(name, healthyPerZone()));
      }
    }

    private Map<String, Integer> healthyPerZone() {
      Map<String, Integer> out = new TreeMap<>();
      for (TargetHealthDescription d : probe.elb().describeTargetHealth(r -> r.targetGroupArn(arn)).targetHealthDescriptions()) {
        if (d.targetHealth().state() == TargetHealthStateEnum.HEALTHY) {
          out.merge(zone(d.target().id()), 1, Integer::sum);
        }
      }
      return out;
    }

    private String zone(String instanceId) {
      return zoneOf.computeIfAbsent(instanceId, id -> ZONES.get(
          probe.ec2().describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0).placement().availabilityZone()));
    }

    /** The events with instance ids written as old-ZONE or new-ZONE, ids sorted within an event. */
    List<String> symbolic() {
      List<String> out = new ArrayList<>();
      Map<String, String> names = new HashMap<>();
      for (String e : events) {
        String[] parts = e.split(" ", 2);
        List<String> items = new ArrayList<>();
        for (String item : parts[1].split(",")) {
          String[] kv = item.split("=", 2);
          String id = kv[0];
          String n = names.computeIfAbsent(id, i -> (old.contains(i) ? "old-" : "new-") + zone(i));
          items.add(kv.length == 2 ? n + "=" + kv[1] : n);
        }
        items.sort(null);
        out.add(parts[0] + " " + String.join(",", items));
      }
      return out;
    }
  }
}
