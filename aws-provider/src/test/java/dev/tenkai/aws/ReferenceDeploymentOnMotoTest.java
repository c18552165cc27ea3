package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyRefusedException;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Stickiness;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Validator;
import dev.tenkai.rules.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroup;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The reference deployment on moto: apply, re-apply, change, destroy, checked through describe
 * calls. moto makes everything available at once and accepts much that AWS refuses; the comments
 * say where the tests rely on that.
 */
@ExtendWith(MotoExtension.class)
class ReferenceDeploymentOnMotoTest {
  private static final String TOKYO_A = "ap-northeast-1a";
  private static final String TOKYO_C = "ap-northeast-1c";

  private final CallRecorder calls = new CallRecorder();
  private final Validator noRules = Validator.builder().build();

  private AwsProvider provider(LocalEmulator moto) {
    // The model's certificate is an example ARN; moto, like AWS, wants one that exists: the
    // emulator's options map it to one requested from moto's ACM.
    // One attempt: a moto gap (HTTP 500) fails at once instead of after retries.
    return AwsProvider.create(moto.options(ReferenceTopologies.modern()).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).interceptor(calls).build());
  }

  private static ApplyResult apply(AwsProvider aws, Plan plan, Validator validator) {
    ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(validator), ApplyListener.NONE);
    assertThat(r.succeeded()).as(r.summary()).isTrue();
    return r;
  }

  private static String tag(List<Tag> tags, String key) {
    return tags.stream().filter(t -> t.key().equals(key)).map(Tag::value).findFirst().orElse("");
  }

  private static Filter stack(String name) {
    return Filter.builder().name("tag:" + StackTags.STACK).values(name).build();
  }

  @Test
  void appliesTheReferenceDeploymentAsModelled(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto)) {
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      ApplyResult applied = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules),
          new dev.tenkai.aws.apply.ProgressPrinter(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(applied.succeeded()).as(applied.summary()).isTrue();
      String progress = log.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(progress).contains("[40/40]").contains("creating db-instance/db").contains("Done: 40 done");
      // The master password is generated and kept by AWS: nothing secret to print, and nothing printed.
      assertThat(progress).doesNotContainIgnoringCase("password=").doesNotContainIgnoringCase("secret");
      Ec2Client ec2 = aws.clients(t).ec2();

      // Subnets: one per tier per zone, each in its zone.
      Map<String, String> subnetZones = ec2.describeSubnets(r -> r.filters(stack(t.name()))).subnets().stream()
          .collect(Collectors.toMap(s -> tag(s.tags(), StackTags.LOGICAL_ID), Subnet::availabilityZone));
      assertThat(subnetZones).containsExactlyInAnyOrderEntriesOf(Map.of(
          "subnet/public/a", TOKYO_A, "subnet/public/c", TOKYO_C, "subnet/private/a", TOKYO_A, "subnet/private/c", TOKYO_C));
      Map<String, String> subnetIds = ec2.describeSubnets(r -> r.filters(stack(t.name()))).subnets().stream()
          .collect(Collectors.toMap(s -> tag(s.tags(), StackTags.LOGICAL_ID), Subnet::subnetId));

      // Routes: private subnets of each zone default to the NAT gateway in that zone; public to the IGW.
      Map<String, String> natSubnet = ec2.describeNatGateways(r -> { }).natGateways().stream()
          .collect(Collectors.toMap(g -> g.natGatewayId(), g -> g.subnetId()));
      for (RouteTable rt : ec2.describeRouteTables(r -> r.filters(stack(t.name()))).routeTables()) {
        String id = tag(rt.tags(), StackTags.LOGICAL_ID);
        Route def = rt.routes().stream().filter(r -> "0.0.0.0/0".equals(r.destinationCidrBlock())).findFirst().orElseThrow();
        List<String> associated = rt.associations().stream().map(a -> a.subnetId()).collect(Collectors.toList());
        if (id.equals("route-table/public")) {
          assertThat(def.gatewayId()).startsWith("igw-");
          assertThat(associated).containsExactlyInAnyOrder(subnetIds.get("subnet/public/a"), subnetIds.get("subnet/public/c"));
        } else {
          String zone = id.substring(id.lastIndexOf('/') + 1);
          assertThat(associated).containsExactly(subnetIds.get("subnet/private/" + zone));
          assertThat(natSubnet.get(def.natGatewayId())).isEqualTo(subnetIds.get("subnet/public/" + zone));
        }
      }

      // Security groups: rules reference groups, never wider than the model.
      Map<String, SecurityGroup> groups = ec2.describeSecurityGroups(r -> r.filters(stack(t.name()))).securityGroups().stream()
          .collect(Collectors.toMap(g -> tag(g.tags(), StackTags.LOGICAL_ID), Function.identity()));
      Function<String, String> gid = role -> groups.get("security-group/" + role).groupId();
      List<IpPermission> web = groups.get("security-group/web").ipPermissions();
      assertThat(web).allSatisfy(p -> assertThat(p.ipRanges()).isEmpty());
      assertThat(web.stream().flatMap(p -> p.userIdGroupPairs().stream().map(g -> p.fromPort() + "<-" + g.groupId())).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder("80<-" + gid.apply("web-lb"), "22<-" + gid.apply("bastion"));
      List<IpPermission> db = groups.get("security-group/db").ipPermissions();
      assertThat(db).singleElement().satisfies(p -> {
        assertThat(p.fromPort()).isEqualTo(3306);
        assertThat(p.userIdGroupPairs()).singleElement().satisfies(g -> assertThat(g.groupId()).isEqualTo(gid.apply("web")));
        assertThat(p.ipRanges()).isEmpty();
      });
      assertThat(groups.get("security-group/bastion").ipPermissions()).singleElement()
          .satisfies(p -> assertThat(p.ipRanges()).singleElement().satisfies(r -> assertThat(r.cidrIp()).isEqualTo("203.0.113.0/24")));

      // Instances: two web servers per zone, in that zone's private subnet; the bastion in public a.
      List<Instance> running = ec2.describeInstances(r -> r.filters(stack(t.name()),
          Filter.builder().name("instance-state-name").values("running").build())).reservations().stream()
          .flatMap(x -> x.instances().stream()).collect(Collectors.toList());
      Map<String, Long> webPerZone = running.stream().filter(i -> tag(i.tags(), StackTags.LOGICAL_ID).startsWith("instance/web/"))
          .collect(Collectors.groupingBy(i -> i.placement().availabilityZone(), Collectors.counting()));
      assertThat(webPerZone).containsExactlyInAnyOrderEntriesOf(Map.of(TOKYO_A, 2L, TOKYO_C, 2L));
      assertThat(running).filteredOn(i -> tag(i.tags(), StackTags.LOGICAL_ID).startsWith("instance/web/a/"))
          .allSatisfy(i -> assertThat(i.subnetId()).isEqualTo(subnetIds.get("subnet/private/a")));
      assertThat(running).filteredOn(i -> tag(i.tags(), StackTags.LOGICAL_ID).equals("instance/bastion"))
          .singleElement().satisfies(i -> assertThat(i.subnetId()).isEqualTo(subnetIds.get("subnet/public/a")));

      // The ALB spans both zones; its target group carries the model's health check and stickiness.
      LoadBalancer alb = aws.clients(t).elb().describeLoadBalancers(r -> r.names("reference-web-lb")).loadBalancers().get(0);
      assertThat(alb.availabilityZones()).extracting(z -> z.zoneName()).containsExactlyInAnyOrder(TOKYO_A, TOKYO_C);
      assertThat(alb.schemeAsString()).isEqualTo("internet-facing");
      TargetGroup tg = aws.clients(t).elb().describeTargetGroups(r -> r.names("reference-web-lb")).targetGroups().get(0);
      assertThat(tg.healthCheckPath()).isEqualTo("/");
      assertThat(tg.healthCheckIntervalSeconds()).isEqualTo(30);
      assertThat(tg.healthCheckTimeoutSeconds()).isEqualTo(5);
      assertThat(tg.healthyThresholdCount()).isEqualTo(3);
      assertThat(tg.unhealthyThresholdCount()).isEqualTo(2);
      Map<String, String> tgAttrs = targetGroupAttributes(aws, t, tg);
      assertThat(tgAttrs).containsEntry("stickiness.enabled", "false").containsEntry("deregistration_delay.timeout_seconds", "30");
      // moto reports every registered target healthy at once; AWS would probe them first.
      assertThat(aws.clients(t).elb().describeTargetHealth(r -> r.targetGroupArn(tg.targetGroupArn())).targetHealthDescriptions()).hasSize(4);
      assertThat(aws.clients(t).elb().describeListeners(r -> r.loadBalancerArn(alb.loadBalancerArn())).listeners())
          .extracting(l -> l.port()).containsExactlyInAnyOrder(80, 443);

      // RDS: Multi-AZ, private, encrypted, subnet group over both zones.
      DBInstance rds = aws.clients(t).rds().describeDBInstances(r -> r.dbInstanceIdentifier("reference-db")).dbInstances().get(0);
      assertThat(rds.multiAZ()).isTrue();
      assertThat(rds.publiclyAccessible()).isFalse();
      assertThat(rds.storageEncrypted()).isTrue();
      assertThat(rds.engine()).isEqualTo("mysql");
      assertThat(rds.preferredMaintenanceWindow()).isEqualTo("mon:19:00-mon:20:00");
      assertThat(rds.dbSubnetGroup().subnets()).extracting(s -> s.subnetIdentifier())
          .containsExactlyInAnyOrder(subnetIds.get("subnet/private/a"), subnetIds.get("subnet/private/c"));
      assertThat(rds.vpcSecurityGroups()).extracting(g -> g.vpcSecurityGroupId()).containsExactly(gid.apply("db"));

      // The cache: a replication group with failover across zones, encrypted at rest.
      ReplicationGroup cache = aws.clients(t).elastiCache().describeReplicationGroups(r -> r.replicationGroupId("reference-cache"))
          .replicationGroups().get(0);
      assertThat(cache.automaticFailoverAsString()).isEqualTo("enabled");
      assertThat(cache.multiAZAsString()).isEqualTo("enabled");
      assertThat(cache.atRestEncryptionEnabled()).isTrue();
      // moto ignores NumCacheClusters and creates one member; AWS creates the two the model places.
      assertThat(cache.memberClusters()).isNotEmpty();

      // Route 53: the apex is an alias A to the ALB (its canonical zone), www a CNAME to its name.
      HostedZone zone = aws.clients(t).route53().listHostedZonesByName(r -> r.dnsName("example.jp")).hostedZones().get(0);
      String zoneId = zone.id().substring(zone.id().lastIndexOf('/') + 1);
      List<ResourceRecordSet> records = aws.clients(t).route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId)).resourceRecordSets();
      ResourceRecordSet apex = records.stream().filter(r -> r.name().equals("example.jp.") && r.typeAsString().equals("A")).findFirst().orElseThrow();
      assertThat(apex.aliasTarget().dnsName()).contains(alb.dnsName().toLowerCase(java.util.Locale.ROOT));
      // moto's CanonicalHostedZoneId is a placeholder; AWS gives the region's ELB zone (Z14GRHDCWA56QT in Tokyo).
      assertThat(apex.aliasTarget().hostedZoneId()).isEqualTo(alb.canonicalHostedZoneId());
      ResourceRecordSet www = records.stream().filter(r -> r.name().equals("www.example.jp.")).findFirst().orElseThrow();
      assertThat(www.typeAsString()).isEqualTo("CNAME");
      assertThat(www.resourceRecords()).singleElement().satisfies(v -> assertThat(v.value()).isEqualToIgnoringCase(alb.dnsName()));

      // What the CLI prints: per zone.
      StackSummary summary = aws.summary(t);
      assertThat(summary.count("a", AwsKind.INSTANCE)).isEqualTo(3);
      assertThat(summary.count("c", AwsKind.INSTANCE)).isEqualTo(2);
      assertThat(summary.count("a", AwsKind.NAT_GATEWAY)).isEqualTo(1);
      assertThat(summary.count("c", AwsKind.NAT_GATEWAY)).isEqualTo(1);
    }
  }

  private static Map<String, String> targetGroupAttributes(AwsProvider aws, Topology t, TargetGroup tg) {
    return aws.clients(t).elb().describeTargetGroupAttributes(r -> r.targetGroupArn(tg.targetGroupArn())).attributes().stream()
        .collect(Collectors.toMap(a -> a.key(), a -> a.value()));
  }

  @Test
  void reapplyingAnUnchangedStackPlansNothingAndCallsNothingMutating(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto)) {
      apply(aws, aws.plan(t), noRules);
      calls.clear();
      Plan again = aws.plan(t);
      assertThat(again.hasChanges()).as(again.render()).isFalse();
      assertThat(again.render()).contains("No changes");
      ApplyResult r = apply(aws, again, noRules);
      assertThat(r.done()).isEmpty();
      assertThat(calls.calls()).isNotEmpty();
      assertThat(calls.mutating()).isEmpty();
    }
  }

  @Test
  void aChangedModelPlansExactlyTheChangeAndApplyDoesIt(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto)) {
      apply(aws, aws.plan(t), noRules);
      Topology changed = ImmutableTopology.copyOf(t)
          .withServerGroups(ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow()).withCountPerZone(Map.of("a", 3, "c", 3)))
          .withLoadBalancers(ImmutableLoadBalancer.copyOf(t.loadBalancer("web-lb").orElseThrow()).withStickiness(Stickiness.on(Duration.ofHours(1))));

      Plan plan = aws.plan(changed);
      Map<String, ChangeAction> mutations = plan.mutations().stream().collect(Collectors.toMap(Change::logicalId, Change::action));
      assertThat(mutations).as(plan.render()).containsExactlyInAnyOrderEntriesOf(Map.of(
          "instance/web/a/3", ChangeAction.CREATE, "instance/web/c/3", ChangeAction.CREATE, "target-group/web-lb", ChangeAction.UPDATE));
      Change tgChange = plan.mutations().stream().filter(c -> c.kind() == AwsKind.TARGET_GROUP).findFirst().orElseThrow();
      assertThat(tgChange.diffs()).extracting(d -> d.name()).containsExactlyInAnyOrder("stickiness", "stickinessSeconds", "targets");
      assertThat(plan.render()).contains("instance/web/a/3").contains("stickiness");

      apply(aws, plan, noRules);
      assertThat(aws.plan(changed).hasChanges()).isFalse();
      TargetGroup tg = aws.clients(t).elb().describeTargetGroups(r -> r.names("reference-web-lb")).targetGroups().get(0);
      assertThat(targetGroupAttributes(aws, t, tg)).containsEntry("stickiness.enabled", "true")
          .containsEntry("stickiness.lb_cookie.duration_seconds", "3600");
      assertThat(aws.clients(t).elb().describeTargetHealth(r -> r.targetGroupArn(tg.targetGroupArn())).targetHealthDescriptions()).hasSize(6);
      assertThat(aws.summary(changed).count("c", AwsKind.INSTANCE)).isEqualTo(3);
    }
  }

  @Test
  void destroyRemovesEveryOwnedResourceAndNothingElse(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto)) {
      apply(aws, aws.plan(t), noRules);
      Ec2Client ec2 = aws.clients(t).ec2();
      // Someone else's resources, without the stack's tags, in the same account.
      String foreignVpc = ec2.createVpc(r -> r.cidrBlock("10.99.0.0/16")).vpc().vpcId();
      String foreignGroup = ec2.createSecurityGroup(r -> r.groupName("not-tenkai").description("x").vpcId(foreignVpc)).groupId();

      ApplyResult r = aws.destroy(t, false, ApplyListener.NONE);
      // moto 5.2 has no DeleteCacheSubnetGroup (it answers HTTP 500); AWS deletes the group. Destroy
      // is best-effort, so everything else still goes and the one failure is reported.
      assertThat(r.failed()).as(r.summary()).singleElement()
          .satisfies(f -> {
            assertThat(f.change().logicalId()).isEqualTo("cache-subnet-group/cache");
            assertThat(f.cause()).hasMessageContaining("moto has no DeleteCacheSubnetGroup");
          });
      assertThat(r.notStarted()).isEmpty();
      assertThat(aws.discover(t).all()).as(aws.summary(t).render()).extracting(c -> c.logicalId())
          .containsExactly("cache-subnet-group/cache");

      assertThat(ec2.describeVpcs(q -> q.vpcIds(foreignVpc)).vpcs()).hasSize(1);
      assertThat(ec2.describeSecurityGroups(q -> q.groupIds(foreignGroup)).securityGroups()).hasSize(1);
      // The database kept a final snapshot (moto would also accept deleting without one; AWS would not).
      assertThat(aws.clients(t).rds().describeDBSnapshots(q -> q.dbInstanceIdentifier("reference-db")).dbSnapshots())
          .anySatisfy(s -> assertThat(s.dbSnapshotIdentifier()).startsWith("reference-db-final-"));
    }
  }

  /** An error-severity rule that always fires, to show apply refuses and an override proceeds. */
  @RuleInfo(id = "TEST-ALWAYS", severity = Severity.ERROR, summary = "always fails", rationale = "test", remediation = "none")
  static final class AlwaysFails implements Rule {
    @Override
    public List<Violation> check(RuleContext context) {
      return List.of(Violation.at(dev.tenkai.rules.ResourcePath.serverGroup("web"), "always"));
    }
  }

  @Test
  void applyRefusesATopologyWithErrorsUnlessOverriddenWithAReason(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    Validator strict = Validator.builder().addPack(RulePack.of("test", List.of(new AlwaysFails()))).build();
    try (AwsProvider aws = provider(moto)) {
      Plan plan = aws.plan(t);
      calls.clear();
      assertThatThrownBy(() -> aws.apply(plan, ApplyGate.validatedBy(strict), ApplyListener.NONE))
          .isInstanceOf(ApplyRefusedException.class).hasMessageContaining("TEST-ALWAYS");
      assertThat(calls.calls()).isEmpty();
      assertThatThrownBy(() -> ApplyGate.validatedBy(strict).overridingErrors(" ")).isInstanceOf(IllegalArgumentException.class);
      Set<String> overridden = new java.util.HashSet<>();
      ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(strict).overridingErrors("demo on the emulator"), new ApplyListener() {
        @Override
        public void errorsOverridden(String reason, int errors) {
          overridden.add(reason);
        }
      });
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      assertThat(overridden).containsExactly("demo on the emulator");
    }
  }
}
