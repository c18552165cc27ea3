package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.StackLock;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.model.Topology;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import org.junit.jupiter.api.Test;

/**
 * plan, apply and destroy against the real local emulator: {@code --local} (the command starts
 * and stops moto itself) and {@code --endpoint} (one emulator the test keeps running, so separate
 * commands see the same state). Four emulator starts in all.
 */
class AwsCommandsOnEmulatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void planLocalShowsWhatApplyWouldCreate() {
    CommandRun run = CommandRun.of("plan", "--local");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains("Starting a local AWS emulator (moto_server)");
    assertThat(run.out)
        .startsWith("Plan for stack reference in ap-northeast-1")
        .contains("+   vpc", "+   instance/web/c/2", "+   db-instance/db")
        .contains("40 to create, 0 to update, 0 to replace, 0 to delete, 0 unchanged.");
  }

  @Test
  void applyLocalAppliesWithProgressThenSummarizesPerZone() {
    CommandRun run = CommandRun.of("apply", "--local", "--auto-approve");
    assertThat(run.exitCode).as(run.err + run.out).isZero();
    assertThat(run.out).containsSubsequence(
        "40 to create",                          // the plan first
        "Applying 40 change(s) to stack reference",
        "[40/40]",
        "Done: 40 done",
        "Stack reference:",                      // then what exists
        "note: the local emulator stops now");
    String summary = run.out.substring(run.out.indexOf("Stack reference:"));
    // Two web servers per zone, the bastion in a: the summary counts what exists, zone by zone.
    assertThat(summary).containsPattern("zone a +.*3 instance").containsPattern("zone c +.*2 instance")
        .containsPattern("regional +.*1 vpc.*1 load-balancer");
  }

  @Test
  void unlockBreaksALockOnlyForTheHolderItNames() {
    try (LocalEmulator moto = LocalEmulator.start()) {
      String endpoint = moto.endpoint().toString();
      Topology t = ReferenceDeployment.modern();
      CommandRun none = CommandRun.of("unlock", "--endpoint", endpoint, "--holder", "anyone");
      assertThat(none.exitCode).as(none.err).isZero();
      assertThat(none.out).contains("stack 'reference' is not locked");
      try (AwsProvider aws = AwsProvider.create(moto.options(t).build())) {
        // An apply that died holding the lock, a moment ago: its heartbeat is still fresh.
        StackLock.acquire(aws.clients(t).ec2(), t.name(), "dead@ci pid 9", Duration.ofMinutes(10), Clock.systemUTC(), m -> { });
      }
      CommandRun wrong = CommandRun.of("unlock", "--endpoint", endpoint, "--holder", "someone@else");
      assertThat(wrong.exitCode).isEqualTo(1);
      assertThat(wrong.err).contains("locked by dead@ci pid 9, not by someone@else").contains("nothing was broken");
      // The short form user@host:pid names the same holder as the lock's own "user@host pid N".
      CommandRun right = CommandRun.of("unlock", "--endpoint", endpoint, "--holder", "dead@ci:9");
      assertThat(right.exitCode).as(right.err).isZero();
      assertThat(right.out).contains("broke the lock of stack 'reference' held by dead@ci pid 9");
      assertThat(CommandRun.of("unlock", "--endpoint", endpoint, "--holder", "dead@ci pid 9").out).contains("is not locked");
    }
  }

  @Test
  void anEndpointKeepsStateBetweenSeparateCommands() throws Exception {
    try (LocalEmulator moto = LocalEmulator.start()) {
      String endpoint = moto.endpoint().toString();
      // The seed deployment has validation errors; apply goes ahead only with a written reason.
      FakeTerminal yes = FakeTerminal.answering("yes");
      CommandRun apply = CommandRun.with(yes.factory(null), "apply", "--example", "reference-2012", "--endpoint", endpoint,
          "--override-errors", "replaying the 2012 seed on an emulator");
      assertThat(apply.exitCode).as(apply.err + apply.out).isZero();
      assertThat(yes.questions).singleElement().asString()
          .contains("to stack reference-2012 on the endpoint " + endpoint);
      assertThat(apply.out).contains("validation error(s) overridden: replaying the 2012 seed on an emulator").contains("Done: ");

      // A second command sees what the first created (and the same emulator certificate): nothing to do.
      CommandRun plan = CommandRun.of("plan", "--example", "reference-2012", "--endpoint", endpoint, "--format", "json");
      assertThat(plan.exitCode).as(plan.err).isZero();
      JsonNode json = JSON.readTree(plan.out);
      assertThat(json.path("hasChanges").asBoolean()).as(plan.out).isFalse();
      assertThat(plan.err).contains("'tenkai apply' will refuse this topology");

      // --region plans the same topology elsewhere: nothing of it exists there.
      CommandRun oregon = CommandRun.of("plan", "--endpoint", endpoint, "--region", "us-west-2");
      assertThat(oregon.exitCode).as(oregon.err).isZero();
      assertThat(oregon.out).startsWith("Plan for stack reference in us-west-2").contains("us-west-2a").contains("40 to create");

      // "no" deletes nothing.
      CommandRun no = CommandRun.with(FakeTerminal.answering("no").factory(null), "destroy", "--example", "reference-2012", "--endpoint", endpoint);
      assertThat(no.exitCode).isEqualTo(1);
      assertThat(no.err).contains("Destroy cancelled; nothing was deleted.");
      assertThat(no.out).contains("-   vpc").doesNotContain("deleted");

      CommandRun destroy = CommandRun.with(FakeTerminal.answering("yes").factory(null), "destroy", "--example", "reference-2012",
          "--endpoint", endpoint, "--skip-final-snapshot");
      assertThat(destroy.exitCode).as(destroy.err + destroy.out).isZero();
      assertThat(destroy.out).containsPattern("Deleted \\(\\d+\\): .*instance/nat.*vpc").doesNotContain("Could not delete");

      CommandRun again = CommandRun.of("destroy", "--example", "reference-2012", "--endpoint", endpoint, "--auto-approve");
      assertThat(again.exitCode).isZero();
      assertThat(again.out).contains("Nothing to destroy: stack reference-2012 owns no resources on the endpoint " + endpoint);
    }
  }

  @Test
  void destroyBlockedByAForeignInstanceSaysWhatAndWhereFailsAndALaterDestroyFinishes() {
    try (LocalEmulator moto = LocalEmulator.start()) {
      String endpoint = moto.endpoint().toString();
      CommandRun apply = CommandRun.of("apply", "--example", "reference-2012", "--endpoint", endpoint, "--auto-approve",
          "--override-errors", "replaying the 2012 seed on an emulator");
      assertThat(apply.exitCode).as(apply.err + apply.out).isZero();

      // Someone else's instance (no stack tags) in the stack's private subnet of zone a.
      Topology t = ReferenceDeployment.of2012();
      try (AwsProvider aws = AwsProvider.create(LocalEmulator.optionsFor(moto.endpoint()).build())) {
        Ec2Client ec2 = aws.clients(t).ec2();
        String subnet = ec2.describeSubnets(r -> r.filters(Filter.builder().name("tag:" + StackTags.LOGICAL_ID).values("subnet/private/a").build(),
            Filter.builder().name("tag:" + StackTags.STACK).values(t.name()).build())).subnets().get(0).subnetId();
        String foreign = ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").instanceType(InstanceType.T3_MICRO)
            .minCount(1).maxCount(1).subnetId(subnet)).instances().get(0).instanceId();

        CommandRun blocked = CommandRun.of("destroy", "--example", "reference-2012", "--endpoint", endpoint, "--auto-approve", "--skip-final-snapshot");
        assertThat(blocked.exitCode).as(blocked.err + blocked.out).isEqualTo(1);
        assertThat(blocked.out)
            .contains("Could not delete (2):")
            .contains("  subnet/private/a: subnet/private/a (" + subnet + ") cannot be deleted: foreign instance " + foreign
                + " is still in it; terminate or move it, then run destroy again")
            .containsPattern("  vpc: vpc \\(vpc-[0-9a-f]+\\) cannot be deleted: subnet/private/a \\(" + subnet + ", owned, could not be deleted\\) "
                + "\\(itself blocked by foreign instance " + foreign + "\\)")
            .containsPattern("Deleted \\(\\d+\\): .*instance/nat");
        assertThat(blocked.err).contains("destroy left 2 resource(s) of stack reference-2012 behind");

        ec2.terminateInstances(r -> r.instanceIds(foreign));
        ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(foreign));
      }
      CommandRun finished = CommandRun.of("destroy", "--example", "reference-2012", "--endpoint", endpoint, "--auto-approve");
      assertThat(finished.exitCode).as(finished.err + finished.out).isZero();
      assertThat(finished.out).contains("Deleted (2): ").doesNotContain("Could not delete");
      CommandRun again = CommandRun.of("destroy", "--example", "reference-2012", "--endpoint", endpoint, "--auto-approve");
      assertThat(again.out).contains("Nothing to destroy: stack reference-2012 owns no resources");
    }
  }
}
