package dev.tenkai.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.handlers.DeleteBlockedException;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.StackState;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * Destroy with a foreign resource in the way: it deletes everything else, fails on what is
 * blocked with a message naming the blocker and the owned resource, does not sit retrying a
 * permanent blocker, and a later destroy finishes once the blocker is gone. moto itself deletes a
 * subnet with an instance in it (no DependencyViolation), so the refusals here are Tenkai's own.
 */
@ExtendWith(MotoExtension.class)
class DestroyBlockedOnMotoTest {
  private final Validator noRules = Validator.builder().build();

  /** Records retries: a permanent blocker must not be retried. */
  static final class Retries implements ApplyListener {
    final List<String> retried = new CopyOnWriteArrayList<>();

    @Override
    public void retrying(Change change, int attempt, Throwable cause) {
      retried.add(change.logicalId() + " attempt " + attempt + ": " + cause.getMessage());
    }
  }

  @Test
  void aForeignInstanceInAnOwnedSubnetBlocksOnlyThatSubnetAndItsVpcUntilItIsGone(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = AwsProvider.create(moto.options(t).readinessTimeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).build())) {
      ResourceCensus census = ResourceCensus.baseline(aws.clients(t), t.name());
      ApplyResult applied = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      assertThat(applied.succeeded()).as(applied.summary()).isTrue();
      StackState state = aws.discover(t);
      String subnetId = state.physicalId("subnet/private/a");
      String vpcId = state.physicalId("vpc");

      // Someone launches an instance of their own (no stack tags) into the stack's private subnet.
      Ec2Client ec2 = aws.clients(t).ec2();
      String foreign = ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").instanceType(InstanceType.T3_MICRO)
          .minCount(1).maxCount(1).subnetId(subnetId)).instances().get(0).instanceId();

      Retries listener = new Retries();
      ApplyResult blocked = aws.destroy(t, true, listener);

      // moto has no DeleteCacheSubnetGroup (docs/aws.md): that failure, and the group staying, are the emulator's.
      assertThat(blocked.failed()).as(blocked.failed().toString()).extracting(f -> f.change().logicalId())
          .containsExactlyInAnyOrder("subnet/private/a", "vpc", "cache-subnet-group/cache");
      assertThat(blocked.notStarted()).isEmpty();
      Map<String, Throwable> causes = new java.util.HashMap<>();
      blocked.failed().forEach(f -> causes.put(f.change().logicalId(), f.cause()));
      assertThat(causes.get("subnet/private/a")).isInstanceOf(DeleteBlockedException.class)
          .hasMessage("subnet/private/a (" + subnetId + ") cannot be deleted: foreign instance " + foreign
              + " is still in it; terminate or move it, then run destroy again");
      assertThat(causes.get("vpc")).isInstanceOf(DeleteBlockedException.class)
          .hasMessageStartingWith("vpc (" + vpcId + ") cannot be deleted: ")
          .hasMessageContaining("subnet/private/a (" + subnetId + ", owned, could not be deleted) (itself blocked by foreign instance " + foreign + ")");
      assertThat(listener.retried).as("a permanent blocker is reported at once, not retried").isEmpty();

      // Everything else went; what is left is the blocked subnet, its VPC and the foreign instance.
      Map<String, Set<String>> left = census.appeared();
      left.values().removeIf(Set::isEmpty);
      assertThat(left).isEqualTo(Map.of("vpc", Set.of(vpcId), "subnet", Set.of(subnetId), "instance", Set.of(foreign)));
      assertThat(aws.discover(t).all()).extracting(c -> c.logicalId()).containsExactlyInAnyOrder("vpc", "subnet/private/a", "cache-subnet-group/cache");

      // The owner of the foreign instance removes it; the next destroy finishes.
      ec2.terminateInstances(r -> r.instanceIds(foreign));
      ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(foreign));
      ApplyResult finished = aws.destroy(t, true, ApplyListener.NONE);
      assertThat(finished.failed()).extracting(f -> f.change().logicalId()).containsExactly("cache-subnet-group/cache");
      assertThat(finished.done()).extracting(Change::logicalId).containsExactlyInAnyOrder("vpc", "subnet/private/a");
      assertThat(census.appeared()).as("nothing owned is left").allSatisfy((kind, ids) -> assertThat(ids).as(kind).isEmpty());
    }
  }

  @Test
  void aForeignGroupsRuleThatReferencesAnOwnedGroupBlocksThatGroup(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = AwsProvider.create(moto.options(t).readinessTimeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).build())) {
      ResourceCensus census = ResourceCensus.baseline(aws.clients(t), t.name());
      ApplyResult applied = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      assertThat(applied.succeeded()).as(applied.summary()).isTrue();
      StackState state = aws.discover(t);
      String db = state.physicalId("security-group/db");
      Ec2Client ec2 = aws.clients(t).ec2();
      // A foreign group (say, a reporting tool's) allows traffic from the stack's db group.
      String reporting = ec2.createSecurityGroup(r -> r.groupName("reporting").description("not the stack's").vpcId(state.physicalId("vpc"))).groupId();
      IpPermission fromDb = IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
          .userIdGroupPairs(UserIdGroupPair.builder().groupId(db).build()).build();
      ec2.authorizeSecurityGroupIngress(r -> r.groupId(reporting).ipPermissions(fromDb));

      ApplyResult blocked = aws.destroy(t, true, ApplyListener.NONE);
      Map<String, Throwable> causes = new java.util.HashMap<>();
      blocked.failed().forEach(f -> causes.put(f.change().logicalId(), f.cause()));
      assertThat(causes.keySet()).containsExactlyInAnyOrder("security-group/db", "vpc", "cache-subnet-group/cache");
      assertThat(causes.get("security-group/db")).hasMessage("security-group/db (" + db + ") cannot be deleted: a rule of foreign security group "
          + reporting + " (reporting) is still using it; remove the use (the instance, or the rule referring to it), then run destroy again");
      assertThat(causes.get("vpc")).hasMessageContaining("foreign security group " + reporting);
      Map<String, Set<String>> left = census.appeared();
      left.values().removeIf(Set::isEmpty);
      assertThat(left).isEqualTo(Map.of("vpc", Set.of(state.physicalId("vpc")), "security-group", Set.of(db, reporting)));

      ec2.deleteSecurityGroup(r -> r.groupId(reporting));
      ApplyResult finished = aws.destroy(t, true, ApplyListener.NONE);
      assertThat(finished.failed()).extracting(f -> f.change().logicalId()).containsExactly("cache-subnet-group/cache");
      assertThat(finished.done()).extracting(Change::logicalId).containsExactlyInAnyOrder("vpc", "security-group/db");
      assertThat(aws.discover(t).all()).extracting(c -> c.logicalId()).containsExactly("cache-subnet-group/cache");
    }
  }
}
