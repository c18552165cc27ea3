package dev.tenkai.aws.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.fixtures.ReferenceTopologies;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcResponse;
import software.amazon.awssdk.services.ec2.model.ModifyVpcAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;
import software.amazon.awssdk.services.elasticache.model.CreateReplicationGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.route53.model.ChangeTagsForResourceRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.waiters.Route53Waiter;

/** Each handler's requests: tagged at creation, idempotent where the API allows, never a secret. */
class HandlerRequestMappingTest {
  private static final String CERT = "arn:aws:acm:ap-northeast-1:111122223333:certificate/example";

  private final MockClients mocks = new MockClients();

  private static DesiredStack desired(boolean of2012) {
    AwsOptions options = LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).certificate(CERT, "arn:aws:acm:ap-northeast-1:123456789012:certificate/real").build();
    return TopologyMapping.map(of2012 ? ReferenceTopologies.of2012() : ReferenceTopologies.modern(),
        ZoneMap.of(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c")), options);
  }

  private static DesiredResource resource(String logicalId) {
    return desired(logicalId.equals("instance/nat")).get(logicalId).orElseThrow();
  }

  private static Map<String, String> tags(TagSpecification spec) {
    return spec.tags().stream().collect(Collectors.toMap(t -> t.key(), t -> t.value()));
  }

  @Test
  void vpcIsTaggedAtCreationAndGetsDnsHostnames() {
    when(mocks.ec2.createVpc(any(CreateVpcRequest.class))).thenReturn(CreateVpcResponse.builder().vpc(Vpc.builder().vpcId("vpc-1").build()).build());
    when(mocks.ec2.waiter()).thenReturn(mock(Ec2Waiter.class));
    HandlerContext ctx = mocks.context(Map.of());

    new VpcHandler().create(resource("vpc"), ctx);

    ArgumentCaptor<CreateVpcRequest> req = ArgumentCaptor.forClass(CreateVpcRequest.class);
    verify(mocks.ec2).createVpc(req.capture());
    assertThat(req.getValue().cidrBlock()).isEqualTo("10.0.0.0/16");
    assertThat(req.getValue().tagSpecifications()).singleElement().satisfies(s -> {
      assertThat(s.resourceType()).isEqualTo(ResourceType.VPC);
      assertThat(tags(s)).containsEntry(StackTags.STACK, "reference").containsEntry(StackTags.LOGICAL_ID, "vpc");
    });
    ArgumentCaptor<ModifyVpcAttributeRequest> attrs = ArgumentCaptor.forClass(ModifyVpcAttributeRequest.class);
    verify(mocks.ec2, times(2)).modifyVpcAttribute(attrs.capture());
    assertThat(attrs.getAllValues()).filteredOn(a -> a.enableDnsHostnames() != null)
        .singleElement().satisfies(a -> assertThat(a.enableDnsHostnames().value()).isTrue());
    assertThat(mocks.progress).anySatisfy(p -> assertThat(p).contains("vpc"));
  }

  @Test
  void instanceIsTaggedPlacedInItsSubnetAndIdempotentPerRun() {
    HandlerContext ctx = mocks.context(Map.of("subnet/private/a", "subnet-pa", "security-group/web", "sg-web"));
    DesiredResource web = resource("instance/web/a/1");

    RunInstancesRequest req = InstanceHandler.runRequest(web, ctx);

    assertThat(req.minCount()).isEqualTo(1);
    assertThat(req.maxCount()).isEqualTo(1);
    assertThat(req.subnetId()).isEqualTo("subnet-pa");
    assertThat(req.securityGroupIds()).containsExactly("sg-web");
    assertThat(req.imageId()).isEqualTo("ami-0123456789abcdef0");
    assertThat(req.tagSpecifications()).extracting(TagSpecification::resourceType).contains(ResourceType.INSTANCE, ResourceType.VOLUME);
    assertThat(req.tagSpecifications()).allSatisfy(s -> assertThat(tags(s)).containsEntry(StackTags.LOGICAL_ID, "instance/web/a/1"));
    assertThat(req.clientToken()).hasSizeLessThanOrEqualTo(64).isEqualTo(InstanceHandler.runRequest(web, ctx).clientToken());
    assertThat(req.clientToken()).isNotEqualTo(ctx.clientToken("instance/web/a/2"));
  }

  @Test
  void natInstanceGetsMasqueradingUserData() {
    HandlerContext ctx = mocks.context(Map.of("subnet/public/a", "subnet-pub", "security-group/nat", "sg-nat"));
    DesiredResource nat = resource("instance/nat");

    RunInstancesRequest req = InstanceHandler.runRequest(nat, ctx);

    String script = new String(Base64.getDecoder().decode(req.userData()), StandardCharsets.UTF_8);
    assertThat(script).contains("MASQUERADE").contains("-s 10.0.0.0/16").contains("ip_forward");
    assertThat(nat.property("sourceDestCheck")).isEqualTo("false");
  }

  @Test
  void databaseRequestCarriesNoPasswordAndLetsAwsManageIt() {
    HandlerContext ctx = mocks.context(Map.of("db-subnet-group/db", "reference-db", "security-group/db", "sg-db"));

    CreateDbInstanceRequest req = DbInstanceHandler.createRequest(resource("db-instance/db"), ctx);

    assertThat(req.manageMasterUserPassword()).isTrue();
    assertThat(req.masterUserPassword()).isNull();
    assertThat(req.toString()).doesNotContainIgnoringCase("MasterUserPassword=*");
    assertThat(req.multiAZ()).isTrue();
    assertThat(req.publiclyAccessible()).isFalse();
    assertThat(req.storageEncrypted()).isTrue();
    assertThat(req.availabilityZone()).as("Multi-AZ lets RDS place the primary").isNull();
    assertThat(req.preferredMaintenanceWindow()).isEqualTo("mon:19:00-mon:20:00");
    assertThat(req.preferredBackupWindow()).isEqualTo("17:00-18:00");
    assertThat(req.vpcSecurityGroupIds()).containsExactly("sg-db");
    assertThat(req.tags()).extracting(t -> t.key() + "=" + t.value())
        .contains(StackTags.STACK + "=reference", StackTags.LOGICAL_ID + "=db-instance/db");
  }

  @Test
  void cacheRequestIsTaggedAndCarriesNoAuthToken() {
    HandlerContext ctx = mocks.context(Map.of("cache-subnet-group/cache", "reference-cache", "security-group/cache", "sg-cache"));

    CreateReplicationGroupRequest req = CacheReplicationGroupHandler.createRequest(resource("replication-group/cache"), ctx);

    assertThat(req.authToken()).isNull();
    assertThat(req.numCacheClusters()).isEqualTo(2);
    assertThat(req.preferredCacheClusterAZs()).containsExactly("ap-northeast-1a", "ap-northeast-1c");
    assertThat(req.automaticFailoverEnabled()).isTrue();
    assertThat(req.multiAZEnabled()).isTrue();
    assertThat(req.atRestEncryptionEnabled()).isTrue();
    assertThat(req.tags()).extracting(t -> t.key()).contains(StackTags.STACK, StackTags.LOGICAL_ID);
  }

  @Test
  void httpsListenerUsesTheMappedCertificateAndIsTagged() {
    HandlerContext ctx = mocks.context(Map.of("load-balancer/web-lb", "arn:lb", "target-group/web-lb", "arn:tg"));

    CreateListenerRequest req = ListenerHandler.createRequest(resource("listener/web-lb/443"), ctx);

    assertThat(req.certificates()).singleElement().satisfies(c -> assertThat(c.certificateArn()).endsWith("certificate/real"));
    assertThat(req.defaultActions()).singleElement().satisfies(a -> assertThat(a.targetGroupArn()).isEqualTo("arn:tg"));
    assertThat(req.tags()).extracting(t -> t.value()).contains("reference", "listener/web-lb/443");
  }

  @Test
  void hostedZoneIsTaggedRightAfterCreation() {
    when(mocks.route53.createHostedZone(any(CreateHostedZoneRequest.class))).thenReturn(CreateHostedZoneResponse.builder()
        .hostedZone(z -> z.id("/hostedzone/Z1").name("example.jp."))
        .changeInfo(c -> c.id("/change/C1"))
        .delegationSet(d -> d.nameServers(List.of("ns-1.example")))
        .build());
    when(mocks.route53.waiter()).thenReturn(mock(Route53Waiter.class));
    HandlerContext ctx = mocks.context(Map.of());

    new HostedZoneHandler().create(resource("hosted-zone/example.jp"), ctx);

    ArgumentCaptor<ChangeTagsForResourceRequest> tags = ArgumentCaptor.forClass(ChangeTagsForResourceRequest.class);
    verify(mocks.route53).changeTagsForResource(tags.capture());
    assertThat(tags.getValue().resourceId()).isEqualTo("Z1");
    assertThat(tags.getValue().addTags()).extracting(t -> t.key() + "=" + t.value())
        .containsExactlyInAnyOrder(StackTags.STACK + "=reference", StackTags.LOGICAL_ID + "=hosted-zone/example.jp");
  }

  @Test
  void thePlanOfTheReferenceHoldsNoSecret() {
    DesiredStack stack = desired(false);
    String all = stack.resources().values().stream().map(r -> r.properties().toString()).collect(Collectors.joining("\n"));
    assertThat(all).contains("manageMasterUserPassword=true");
    assertThat(stack.resources().values()).allSatisfy(r ->
        assertThat(r.properties().keySet()).noneMatch(k -> k.equalsIgnoreCase("masterUserPassword") || k.equalsIgnoreCase("authToken")));
  }

  @Test
  void ingressRulesReferenceTheSourceGroupNeverItsAddresses() {
    HandlerContext ctx = mocks.context(Map.of("security-group/web-lb", "sg-lb"));

    var fromGroup = SecurityGroupIngressHandler.permission("tcp:80-80<-security-group/web-lb", ctx);
    var fromCidr = SecurityGroupIngressHandler.permission("tcp:22-22<-203.0.113.0/24", ctx);
    var all = SecurityGroupIngressHandler.permission("all:0-65535<-10.0.0.0/16", ctx);

    assertThat(fromGroup.userIdGroupPairs()).singleElement().satisfies(g -> assertThat(g.groupId()).isEqualTo("sg-lb"));
    assertThat(fromGroup.ipRanges()).isEmpty();
    assertThat(fromGroup.fromPort()).isEqualTo(80);
    assertThat(fromGroup.toPort()).isEqualTo(80);
    assertThat(fromCidr.ipRanges()).singleElement().satisfies(r -> assertThat(r.cidrIp()).isEqualTo("203.0.113.0/24"));
    assertThat(all.ipProtocol()).isEqualTo("-1");
    // Read back, AWS's form gives the same text, so an unchanged rule plans no change.
    assertThat(SecurityGroupIngressHandler.text("-1", -1, -1, "10.0.0.0/16")).isEqualTo("all:0-65535<-10.0.0.0/16");
    assertThat(SecurityGroupIngressHandler.text("tcp", 80, 80, "security-group/web-lb")).isEqualTo("tcp:80-80<-security-group/web-lb");
  }

  @Test
  void targetGroupAttributesCarryStickinessAndDeregistrationDelay() {
    var attrs = TargetGroupHandler.attributes(resource("target-group/web-lb")).stream()
        .collect(Collectors.toMap(a -> a.key(), a -> a.value()));
    assertThat(attrs).containsEntry("stickiness.enabled", "false").containsEntry("stickiness.type", "lb_cookie")
        .containsEntry("stickiness.lb_cookie.duration_seconds", "86400").containsEntry("deregistration_delay.timeout_seconds", "30");
  }

  @Test
  void aliasRecordsPointAtTheLoadBalancersCanonicalZoneAndCarryNoTtl() {
    HandlerContext ctx = mocks.context(Map.of("hosted-zone/example.jp", "Z1"));
    mocks.state.put(dev.tenkai.aws.plan.CurrentResource.of(dev.tenkai.aws.plan.AwsKind.LOAD_BALANCER, "load-balancer/web-lb", "arn:lb",
        Map.of(), Map.of("dnsName", "Reference-Web-Lb-1.ap-northeast-1.elb.amazonaws.com", "canonicalHostedZoneId", "Z14GRHDCWA56QT")));

    var apex = DnsRecordHandler.recordSet(resource("dns-record/example.jp/A"), ctx);
    var www = DnsRecordHandler.recordSet(resource("dns-record/www.example.jp/CNAME"), ctx);

    assertThat(apex.aliasTarget().hostedZoneId()).isEqualTo("Z14GRHDCWA56QT");
    assertThat(apex.ttl()).isNull();
    assertThat(www.ttl()).isEqualTo(300L);
    assertThat(www.resourceRecords()).singleElement()
        .satisfies(r -> assertThat(r.value()).isEqualTo("reference-web-lb-1.ap-northeast-1.elb.amazonaws.com"));
  }
}
