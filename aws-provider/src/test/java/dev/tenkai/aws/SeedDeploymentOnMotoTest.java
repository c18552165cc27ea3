package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.Tag;

/** The seed's 2012 deployment on moto: classic ELB as an ALB, one NAT instance, KyotoTycoon on EC2. */
@ExtendWith(MotoExtension.class)
class SeedDeploymentOnMotoTest {
  private static String tag(List<Tag> tags, String key) {
    return tags.stream().filter(t -> t.key().equals(key)).map(Tag::value).findFirst().orElse("");
  }

  @Test
  void appliesTheSeedDeploymentWithItsEraChoices(LocalEmulator moto) {
    Topology t = ReferenceTopologies.of2012();
    AwsOptions options = LocalEmulator.optionsFor(moto.endpoint()).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).build();
    try (AwsProvider aws = AwsProvider.create(options)) {
      Plan plan = aws.plan(t);
      assertThat(plan.render()).contains("realized as an application load balancer");
      ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(Validator.builder().build()), ApplyListener.NONE);
      assertThat(r.succeeded()).as(r.summary()).isTrue();

      var ec2 = aws.clients(t).ec2();
      Filter stack = Filter.builder().name("tag:" + StackTags.STACK).values(t.name()).build();
      Map<String, Instance> instances = ec2.describeInstances(q -> q.filters(stack,
          Filter.builder().name("instance-state-name").values("running").build())).reservations().stream()
          .flatMap(x -> x.instances().stream()).collect(Collectors.toMap(i -> tag(i.tags(), StackTags.LOGICAL_ID), i -> i));
      assertThat(instances).containsKeys("instance/nat", "instance/cache/a/1", "instance/cache/c/1", "instance/web/a/1", "instance/web/c/1");

      // The NAT instance: source/destination check off (read from the instance attribute; moto
      // leaves the network interface's own flag on, AWS turns both off together).
      String natId = instances.get("instance/nat").instanceId();
      assertThat(ec2.describeInstanceAttribute(q -> q.instanceId(natId).attribute(InstanceAttributeName.SOURCE_DEST_CHECK))
          .sourceDestCheck().value()).isFalse();
      // Both zones' private subnets route through the one NAT instance, as modelled (the SPOF the rules warn about).
      List<RouteTable> privateTables = ec2.describeRouteTables(q -> q.filters(stack)).routeTables().stream()
          .filter(rt -> tag(rt.tags(), StackTags.LOGICAL_ID).startsWith("route-table/private/")).collect(Collectors.toList());
      assertThat(privateTables).hasSize(2).allSatisfy(rt -> assertThat(rt.routes())
          .anySatisfy(route -> assertThat(route.instanceId()).isEqualTo(natId)));
      // The NAT holds an Elastic IP.
      assertThat(ec2.describeAddresses(q -> q.filters(stack)).addresses()).anySatisfy(a -> assertThat(a.instanceId()).isEqualTo(natId));

      StackSummary summary = aws.summary(t);
      assertThat(summary.count("a", AwsKind.INSTANCE)).isEqualTo(4); // nat, bastion, web, cache
      assertThat(summary.count("c", AwsKind.INSTANCE)).isEqualTo(2); // web, cache
      assertThat(summary.count(StackSummary.REGIONAL, AwsKind.CACHE_REPLICATION_GROUP)).isZero();

      assertThat(aws.plan(t).hasChanges()).as(aws.plan(t).render()).isFalse();

      // A bigger NAT host is a new instance: its Elastic IP and both private routes follow it.
      dev.tenkai.model.Nat nat = t.nat("nat").orElseThrow();
      Topology biggerNat = dev.tenkai.model.ImmutableTopology.copyOf(t).withEgress(dev.tenkai.model.Egress.builder()
          .addNat(dev.tenkai.model.ImmutableNat.copyOf(nat).withInstanceClass("m5.large")).build());
      Plan replace = aws.plan(biggerNat);
      assertThat(replace.mutations().stream().collect(Collectors.toMap(c -> c.logicalId(), c -> c.action())))
          .as(replace.render()).containsExactlyInAnyOrderEntriesOf(Map.of(
              "instance/nat", dev.tenkai.aws.plan.ChangeAction.REPLACE, "eip/nat", dev.tenkai.aws.plan.ChangeAction.UPDATE,
              "route-table/private/a", dev.tenkai.aws.plan.ChangeAction.UPDATE, "route-table/private/c", dev.tenkai.aws.plan.ChangeAction.UPDATE));
      ApplyResult replaced = aws.apply(replace, ApplyGate.validatedBy(Validator.builder().build()), ApplyListener.NONE);
      assertThat(replaced.succeeded()).as(replaced.summary()).isTrue();
      assertThat(aws.plan(biggerNat).hasChanges()).as(aws.plan(biggerNat).render()).isFalse();
      String newNat = aws.discover(biggerNat).require("instance/nat").physicalId();
      assertThat(newNat).isNotEqualTo(natId);
      assertThat(ec2.describeRouteTables(q -> q.filters(stack)).routeTables().stream()
          .filter(rt -> tag(rt.tags(), StackTags.LOGICAL_ID).startsWith("route-table/private/")).collect(Collectors.toList()))
          .allSatisfy(rt -> assertThat(rt.routes()).anySatisfy(route -> assertThat(route.instanceId()).isEqualTo(newNat)));
      assertThat(ec2.describeAddresses(q -> q.filters(stack)).addresses()).anySatisfy(a -> assertThat(a.instanceId()).isEqualTo(newNat));

      ApplyResult gone = aws.destroy(biggerNat, true, ApplyListener.NONE);
      assertThat(gone.succeeded()).as(gone.summary()).isTrue();
      assertThat(aws.summary(t).isEmpty()).isTrue();
    }
  }

  @Test
  void logicalZonesMapToZonesThatExistOrAreRefusedNamingThem(LocalEmulator moto) {
    AwsOptions options = LocalEmulator.optionsFor(moto.endpoint()).maxAttempts(1).build();
    try (AwsClients clients = AwsClients.create("ap-northeast-1", options)) {
      ZoneMap zones = ZoneMap.resolve(clients.ec2(), "ap-northeast-1", List.of("a", "c"), Map.of());
      assertThat(zones.names()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c"));
      assertThat(zones.ids().get("a")).startsWith("apne1-az");
      // Tokyo has no zone 1b for new accounts (moto follows AWS here): mapping "b" fails, naming what exists.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ZoneMap.resolve(clients.ec2(), "ap-northeast-1", List.of("b"), Map.of()))
          .hasMessageContaining("'b'").hasMessageContaining("ap-northeast-1b").hasMessageContaining("ap-northeast-1d");
      assertThat(ZoneMap.resolve(clients.ec2(), "ap-northeast-1", List.of("b"), Map.of("b", "ap-northeast-1d")).name("b"))
          .isEqualTo("ap-northeast-1d");
    }
  }
}
