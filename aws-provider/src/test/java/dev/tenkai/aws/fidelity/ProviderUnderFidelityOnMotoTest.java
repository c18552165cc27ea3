package dev.tenkai.aws.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.faults.ResourceCensus;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.rds.model.DBInstance;

/**
 * Today's provider against each behaviour of the fidelity layer: apply (and where it matters
 * destroy) of the reference deployments with one behaviour on. A test that passes says the
 * provider already copes; a disabled one says why it does not yet (docs/fidelity.md keeps the same
 * list), for the step that makes the provider pass them.
 */
@ExtendWith(MotoExtension.class)
class ProviderUnderFidelityOnMotoTest {
  private final VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-12-03T00:00:00Z"));
  private final Validator noRules = Validator.builder().build();

  private AwsProvider provider(LocalEmulator moto, Topology t, Behaviour... behaviours) {
    // The SDK's retries as users get them; a short readiness timeout, because today's provider
    // waits on the system clock and the layer's time does not pass while it does.
    return AwsProvider.create(moto.options(t).interceptor(FidelityLayer.of(clock, behaviours))
        .readinessTimeout(Duration.ofSeconds(15)).build());
  }

  private ApplyResult apply(AwsProvider aws, Plan plan) {
    return aws.apply(plan, ApplyGate.validatedBy(noRules), ApplyListener.NONE);
  }

  private void appliesExactlyAndConverges(AwsProvider aws, Topology t) {
    ResourceCensus census = ResourceCensus.baseline(aws.clients(t), t.name());
    ApplyResult r = apply(aws, aws.plan(t));
    assertThat(r.succeeded()).as(r.summary()).isTrue();
    assertThat(aws.plan(t).hasChanges()).as(aws.plan(t).render()).isFalse();
    assertThat(census.untagged()).allSatisfy((kind, ids) -> assertThat(ids).as("untagged %s (a duplicate)", kind).isEmpty());
  }

  @Test
  void constraintsAwsChecksAreAlreadyMetByTheReferenceDeployments(LocalEmulator moto) {
    for (Topology t : new Topology[] {ReferenceTopologies.modern(), ReferenceTopologies.of2012()}) {
      moto.reset();
      try (AwsProvider aws = provider(moto, t, new AlbTwoZones(), new DbSubnetGroupTwoZones(), new SecurityGroupRuleDescription(),
          new InstanceTypeChangeNeedsStop())) {
        appliesExactlyAndConverges(aws, t);
      }
    }
  }

  @Test
  void aServerInstanceClassChangeReplacesInsteadOfModifyingARunningInstance(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new InstanceTypeChangeNeedsStop())) {
      appliesExactlyAndConverges(aws, t);
      Topology bigger = ImmutableTopology.copyOf(t).withServerGroups(
          ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow()).withInstanceClass("c6i.xlarge"));
      ApplyResult r = apply(aws, aws.plan(bigger));
      assertThat(r.succeeded()).as(r.summary()).isTrue();
    }
  }

  @Test
  @Disabled("fails on today's provider: a multi-call create is retried as a whole and a new id's NotFound is not 'not yet' everywhere")
  void appliesThroughEventualConsistency(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new EventualConsistency())) {
      appliesExactlyAndConverges(aws, t);
    }
  }

  @Test
  @Disabled("fails on today's provider: it waits on the system clock, so the layer's pending NAT gateways never become available before its deadline")
  void waitsOutPendingNatGateways(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new NatGatewayLifecycle())) {
      appliesExactlyAndConverges(aws, t);
    }
  }

  @Test
  @Disabled("fails on today's provider: it waits for an active load balancer on the system clock, so the layer's provisioning outlasts its deadline")
  void waitsOutLoadBalancerProvisioning(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new LoadBalancerProvisioning())) {
      appliesExactlyAndConverges(aws, t);
    }
  }

  /**
   * Passes today: the NAT gateway waiter stops at "failed", the apply reports it, and the next plan
   * creates the gateway again. (A gateway that fails after it was available, issue 15's case, is
   * not played: the layer's failure happens while the gateway is created.)
   */
  @Test
  void aNatGatewayThatFailsWhileCreatedIsCreatedAgainByTheNextApply(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    NatGatewayLifecycle nat = new NatGatewayLifecycle(Duration.ZERO, Duration.ZERO);
    nat.failNext(1);
    try (AwsProvider aws = provider(moto, t, nat)) {
      apply(aws, aws.plan(t));
      assertThat(aws.plan(t).hasChanges()).as("a failed gateway must be planned for replacement").isTrue();
      ApplyResult r = apply(aws, aws.plan(t));
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      assertThat(aws.clients(t).ec2().describeNatGateways(q -> q.filter(Filter.builder().name("state").values("available").build())).natGateways()).hasSize(2);
    }
  }

  @Test
  @Disabled("fails on today's provider: after ModifyDBInstance its 'available' waiter returns at once, before the modification started")
  void aDatabaseModifyWaitsUntilTheModificationIsDone(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new DbInstanceLifecycle(Duration.ZERO, DbInstanceLifecycle.MODIFY_STARTS_AFTER,
        DbInstanceLifecycle.MODIFYING))) {
      appliesExactlyAndConverges(aws, t);
      Topology bigger = ImmutableTopology.copyOf(t).withDatabases(
          ImmutableDatabase.copyOf(t.databases().get(0)).withInstanceClass("db.m6g.xlarge"));
      ApplyResult r = apply(aws, aws.plan(bigger));
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      DBInstance db = aws.clients(t).rds().describeDBInstances(q -> q.dbInstanceIdentifier("reference-db")).dbInstances().get(0);
      assertThat(db.dbInstanceStatus()).isEqualTo("available");
      assertThat(db.dbInstanceClass()).as("the apply returned only once the new class was in place").isEqualTo("db.m6g.xlarge");
    }
  }

  /** Passes today: a fresh apply registers targets without waiting for them to be healthy. */
  @Test
  void aFreshApplyCopesWithTargetsThatAreNotYetHealthy(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new TargetHealthProgress())) {
      appliesExactlyAndConverges(aws, t);
    }
  }

  @Test
  @Disabled("fails on today's provider: deletes give up after about 45 s of real time, while subnets and groups stay blocked for minutes")
  void destroyOutlastsLingeringNetworkInterfacesAndTheHeldElasticIps(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new LingeringNetworkInterfaces(), new ElasticIpHeldByDeletedNat())) {
      appliesExactlyAndConverges(aws, t);
      ApplyResult r = aws.destroy(t, false, ApplyListener.NONE);
      // moto has no DeleteCacheSubnetGroup: that failure is the emulator's.
      assertThat(r.failed()).as(r.summary()).allSatisfy(f -> assertThat(f.change().logicalId()).isEqualTo("cache-subnet-group/cache"));
      assertThat(aws.clients(t).ec2().describeNatGateways(q -> q.filter(Filter.builder().name("state").values(NatGatewayState.AVAILABLE.toString()).build()))
          .natGateways()).isEmpty();
    }
  }

  @Test
  @Disabled("fails on today's provider: a storage shrink is planned as an update and refused by AWS only during the apply")
  void aStorageShrinkIsRefusedInThePlan(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto, t, new RdsStorageRules())) {
      appliesExactlyAndConverges(aws, t);
      ImmutableDatabase db = ImmutableDatabase.copyOf(t.databases().get(0));
      Topology smaller = ImmutableTopology.copyOf(t).withDatabases(db.withStorageGib(db.storageGib() - 1));
      assertThatThrownBy(() -> aws.plan(smaller)).hasMessageContaining("storage");
    }
  }
}
