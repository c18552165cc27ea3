package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.ImmutableCache;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Variants of the reference on moto: a managed memcached cache, and a database changed in place. */
@ExtendWith(MotoExtension.class)
class VariantsOnMotoTest {
  private static ApplyResult apply(AwsProvider aws, Plan plan) {
    ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(Validator.builder().build()), ApplyListener.NONE);
    assertThat(r.succeeded()).as(r.summary()).isTrue();
    return r;
  }

  @Test
  void aSingleZoneDatabaseBecomesMultiAzInPlaceAndMemcachedIsACluster(LocalEmulator moto) {
    Topology modern = ReferenceTopologies.modern();
    Topology single = ImmutableTopology.copyOf(modern)
        .withDatabases(ImmutableDatabase.copyOf(modern.database("db").orElseThrow()).withStandbyZone(java.util.Optional.empty()))
        .withCaches(ImmutableCache.copyOf(modern.cache("cache").orElseThrow()).withEngine(CacheEngine.MEMCACHED)
            .withVersion(java.util.Optional.empty()).withLongestExpiry(Duration.ofDays(7)).withPort(11211));
    try (AwsProvider aws = AwsProvider.create(moto.options(single).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).build())) {
      apply(aws, aws.plan(single));
      assertThat(aws.plan(single).hasChanges()).as(aws.plan(single).render()).isFalse();
      var db = aws.clients(single).rds().describeDBInstances(r -> r.dbInstanceIdentifier("reference-db")).dbInstances().get(0);
      assertThat(db.multiAZ()).isFalse();
      assertThat(db.availabilityZone()).isEqualTo("ap-northeast-1a");
      var cluster = aws.clients(single).elastiCache().describeCacheClusters(r -> r.cacheClusterId("reference-cache")).cacheClusters().get(0);
      assertThat(cluster.engine()).isEqualTo("memcached");
      assertThat(cluster.numCacheNodes()).isEqualTo(2);

      // Back to the modelled standby: Multi-AZ changes in place; the instance is not replaced.
      Topology multi = ImmutableTopology.copyOf(single).withDatabases(modern.database("db").orElseThrow());
      Plan plan = aws.plan(multi);
      Map<String, ChangeAction> changes = plan.mutations().stream().collect(Collectors.toMap(Change::logicalId, Change::action));
      assertThat(changes).as(plan.render()).containsExactlyEntriesOf(Map.of("db-instance/db", ChangeAction.UPDATE));
      apply(aws, plan);
      assertThat(aws.clients(multi).rds().describeDBInstances(r -> r.dbInstanceIdentifier("reference-db")).dbInstances().get(0).multiAZ()).isTrue();
      assertThat(aws.plan(multi).hasChanges()).as(aws.plan(multi).render()).isFalse();
    }
  }

  @Test
  void aNewInstanceClassReplacesTheServersAndReRegistersThem(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = AwsProvider.create(moto.options(t).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).build())) {
      apply(aws, aws.plan(t));
      Topology bigger = ImmutableTopology.copyOf(t).withServerGroups(
          dev.tenkai.model.ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow()).withInstanceClass("c6i.xlarge"));
      Plan plan = aws.plan(bigger);
      Map<String, ChangeAction> changes = plan.mutations().stream().collect(Collectors.toMap(Change::logicalId, Change::action));
      assertThat(changes).as(plan.render()).containsExactlyInAnyOrderEntriesOf(Map.of(
          "instance/web/a/1", ChangeAction.REPLACE, "instance/web/a/2", ChangeAction.REPLACE,
          "instance/web/c/1", ChangeAction.REPLACE, "instance/web/c/2", ChangeAction.REPLACE,
          "target-group/web-lb", ChangeAction.UPDATE, "launch-template/web", ChangeAction.UPDATE));
      assertThat(plan.render()).contains("instanceType: c6i.large -> c6i.xlarge (forces replacement)");
      // The group's launch template takes the new type as a new default version, in place.
      assertThat(plan.render()).contains("launch-template/web  update   instanceType: c6i.large -> c6i.xlarge\n");
      apply(aws, plan);
      assertThat(aws.plan(bigger).hasChanges()).as(aws.plan(bigger).render()).isFalse();
      var elb = aws.clients(t).elb();
      String tg = elb.describeTargetGroups(r -> r.names("reference-web-lb")).targetGroups().get(0).targetGroupArn();
      var running = aws.clients(t).ec2().describeInstances(r -> r.filters(
          software.amazon.awssdk.services.ec2.model.Filter.builder().name("instance-type").values("c6i.xlarge").build(),
          software.amazon.awssdk.services.ec2.model.Filter.builder().name("instance-state-name").values("running").build()))
          .reservations().stream().flatMap(x -> x.instances().stream()).map(i -> i.instanceId()).collect(Collectors.toSet());
      assertThat(elb.describeTargetHealth(r -> r.targetGroupArn(tg)).targetHealthDescriptions())
          .extracting(h -> h.target().id()).containsExactlyInAnyOrderElementsOf(running).hasSize(4);
    }
  }
}
