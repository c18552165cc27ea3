package dev.tenkai.aws.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tenkai.aws.AwsClients;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerStateEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthReasonEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthStateEnum;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;

/**
 * Each behaviour of the fidelity layer against moto, through plain SDK calls (no Tenkai provider):
 * what a caller sees with the layer on, and that it changes as virtual time passes.
 */
@ExtendWith(MotoExtension.class)
class FidelityOnMotoTest {
  private static final String REGION = "ap-northeast-1";
  private static final Instant T0 = Instant.parse("2026-12-03T00:00:00Z");

  private final VirtualClock clock = VirtualClock.startingAt(T0);

  private AwsClients clients(LocalEmulator moto, Behaviour... behaviours) {
    return AwsClients.create(REGION, LocalEmulator.optionsFor(moto.endpoint(), FidelityLayer.of(clock, behaviours)).maxAttempts(1).build());
  }

  private static String code(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).as("the call is refused").isInstanceOf(AwsServiceException.class);
    return ((AwsServiceException) t).awsErrorDetails().errorCode();
  }

  /** A VPC with an internet gateway and one subnet in each of two zones. */
  private record Network(String vpc, String igw, String subnetA, String subnetC) {}

  private static Network network(Ec2Client ec2) {
    String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    String igw = ec2.createInternetGateway(r -> {}).internetGateway().internetGatewayId();
    ec2.attachInternetGateway(r -> r.vpcId(vpc).internetGatewayId(igw));
    String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone(REGION + "a")).subnet().subnetId();
    String c = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone(REGION + "c")).subnet().subnetId();
    return new Network(vpc, igw, a, c);
  }

  private static NatGateway nat(Ec2Client ec2, String id) {
    DescribeNatGatewaysResponse r = ec2.describeNatGateways(q -> q.natGatewayIds(id));
    return r.natGateways().get(0);
  }

  @Test
  void aNewIdIsNotFoundOnceThenFound(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new EventualConsistency())) {
      Ec2Client ec2 = aws.ec2();
      String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
      // The VPC just created is not known yet to the next call that names it; the call after that sees it.
      assertThat(code(() -> ec2.createRouteTable(r -> r.vpcId(vpc)))).isEqualTo("InvalidVpcID.NotFound");
      String rtb = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
      // Right after CreateRouteTable, CreateRoute on it can fail as if it did not exist.
      String igw = ec2.createInternetGateway(r -> {}).internetGateway().internetGatewayId();
      assertThat(code(() -> ec2.createRoute(r -> r.routeTableId(rtb).destinationCidrBlock("0.0.0.0/0").gatewayId("local"))))
          .isEqualTo("InvalidRouteTableID.NotFound");
      assertThat(ec2.describeRouteTables(r -> r.routeTableIds(rtb)).routeTables()).hasSize(1);
      // After the window, a new id is known at once.
      clock.advance(EventualConsistency.WINDOW.plusSeconds(1));
      assertThat(ec2.describeInternetGateways(r -> r.internetGatewayIds(igw)).internetGateways()).hasSize(1);
      String sg = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("web").description("web")).groupId();
      assertThat(code(() -> ec2.describeSecurityGroups(r -> r.groupIds(sg)))).isEqualTo("InvalidGroup.NotFound");
    }
  }

  @Test
  void aNatGatewayIsPendingThenAvailableThenDeletingThenDeleted(LocalEmulator moto) {
    NatGatewayLifecycle lifecycle = new NatGatewayLifecycle();
    try (AwsClients aws = clients(moto, lifecycle)) {
      Ec2Client ec2 = aws.ec2();
      Network n = network(ec2);
      String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
      NatGateway created = ec2.createNatGateway(r -> r.subnetId(n.subnetA()).allocationId(eip)).natGateway();
      assertThat(created.state()).isEqualTo(NatGatewayState.PENDING);
      assertThat(nat(ec2, created.natGatewayId()).state()).isEqualTo(NatGatewayState.PENDING);
      clock.advance(NatGatewayLifecycle.PENDING);
      assertThat(nat(ec2, created.natGatewayId()).state()).isEqualTo(NatGatewayState.AVAILABLE);
      ec2.deleteNatGateway(r -> r.natGatewayId(created.natGatewayId()));
      assertThat(nat(ec2, created.natGatewayId()).state()).isEqualTo(NatGatewayState.DELETING);
      clock.advance(NatGatewayLifecycle.DELETING);
      assertThat(nat(ec2, created.natGatewayId()).state()).isEqualTo(NatGatewayState.DELETED);

      lifecycle.failNext(1);
      String eip2 = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
      String failing = ec2.createNatGateway(r -> r.subnetId(n.subnetC()).allocationId(eip2)).natGateway().natGatewayId();
      clock.advance(NatGatewayLifecycle.PENDING);
      NatGateway failed = nat(ec2, failing);
      assertThat(failed.state()).isEqualTo(NatGatewayState.FAILED);
      assertThat(failed.failureCode()).isEqualTo("InternalError");
      clock.advance(Duration.ofMinutes(30));
      assertThat(nat(ec2, failing).state()).as("a failed gateway stays failed").isEqualTo(NatGatewayState.FAILED);
    }
  }

  private static String database(AwsClients aws, Network n, int storage) {
    RdsClient rds = aws.rds();
    rds.createDBSubnetGroup(r -> r.dbSubnetGroupName("db").dbSubnetGroupDescription("db").subnetIds(n.subnetA(), n.subnetC()));
    return rds.createDBInstance(r -> r.dbInstanceIdentifier("db").engine("mysql").dbInstanceClass("db.t3.micro").allocatedStorage(storage)
        .masterUsername("admin").masterUserPassword("not-a-secret-1").dbSubnetGroupName("db")).dbInstance().dbInstanceIdentifier();
  }

  private static DBInstance db(RdsClient rds, String id) {
    return rds.describeDBInstances(r -> r.dbInstanceIdentifier(id)).dbInstances().get(0);
  }

  @Test
  void aDatabaseIsCreatingThenAModifyReadsAvailableWithPendingValuesThenModifying(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new DbInstanceLifecycle())) {
      RdsClient rds = aws.rds();
      String id = database(aws, network(aws.ec2()), 20);
      assertThat(db(rds, id).dbInstanceStatus()).isEqualTo("creating");
      clock.advance(DbInstanceLifecycle.CREATING);
      assertThat(db(rds, id).dbInstanceStatus()).isEqualTo("available");
      rds.modifyDBInstance(r -> r.dbInstanceIdentifier(id).dbInstanceClass("db.t3.small").applyImmediately(true));
      DBInstance right = db(rds, id);
      assertThat(right.dbInstanceStatus()).as("right after the modify").isEqualTo("available");
      assertThat(right.dbInstanceClass()).isEqualTo("db.t3.micro");
      assertThat(right.pendingModifiedValues().dbInstanceClass()).isEqualTo("db.t3.small");
      clock.advance(DbInstanceLifecycle.MODIFY_STARTS_AFTER);
      assertThat(db(rds, id).dbInstanceStatus()).isEqualTo("modifying");
      clock.advance(DbInstanceLifecycle.MODIFYING);
      DBInstance done = db(rds, id);
      assertThat(done.dbInstanceStatus()).isEqualTo("available");
      assertThat(done.dbInstanceClass()).isEqualTo("db.t3.small");
    }
  }

  private static String loadBalancer(ElasticLoadBalancingV2Client elb, String sg, String... subnets) {
    return elb.createLoadBalancer(r -> r.name("web").subnets(subnets).securityGroups(sg)).loadBalancers().get(0).loadBalancerArn();
  }

  @Test
  void aLoadBalancerIsProvisioningThenActive(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new LoadBalancerProvisioning())) {
      Network n = network(aws.ec2());
      String sg = aws.ec2().createSecurityGroup(r -> r.vpcId(n.vpc()).groupName("lb").description("lb")).groupId();
      String arn = loadBalancer(aws.elb(), sg, n.subnetA(), n.subnetC());
      assertThat(aws.elb().describeLoadBalancers(r -> r.loadBalancerArns(arn)).loadBalancers().get(0).state().code())
          .isEqualTo(LoadBalancerStateEnum.PROVISIONING);
      clock.advance(LoadBalancerProvisioning.PROVISIONING);
      assertThat(aws.elb().describeLoadBalancers(r -> r.loadBalancerArns(arn)).loadBalancers().get(0).state().code())
          .isEqualTo(LoadBalancerStateEnum.ACTIVE);
    }
  }

  private static TargetHealthDescription health(ElasticLoadBalancingV2Client elb, String tg, String instance) {
    return elb.describeTargetHealth(r -> r.targetGroupArn(tg)).targetHealthDescriptions().stream()
        .filter(d -> d.target().id().equals(instance)).findFirst().orElse(null);
  }

  @Test
  void aTargetIsInitialUntilBootedAndCheckedThenHealthyAndDrainsAfterDeregistration(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new TargetHealthProgress())) {
      Network n = network(aws.ec2());
      ElasticLoadBalancingV2Client elb = aws.elb();
      String tg = elb.createTargetGroup(r -> r.name("web").protocol("HTTP").port(80).vpcId(n.vpc())
          .healthCheckIntervalSeconds(10).healthyThresholdCount(3)).targetGroups().get(0).targetGroupArn();
      elb.modifyTargetGroupAttributes(r -> r.targetGroupArn(tg).attributes(TargetGroupAttribute.builder().key("deregistration_delay.timeout_seconds").value("60").build()));
      String instance = aws.ec2().runInstances(r -> r.imageId("ami-0123456789abcdef0").instanceType(InstanceType.T3_MICRO)
          .minCount(1).maxCount(1).subnetId(n.subnetA())).instances().get(0).instanceId();
      elb.registerTargets(r -> r.targetGroupArn(tg).targets(TargetDescription.builder().id(instance).port(80).build()));
      assertThat(health(elb, tg, instance).targetHealth().reason()).isEqualTo(TargetHealthReasonEnum.ELB_REGISTRATION_IN_PROGRESS);
      clock.advance(TargetHealthProgress.BOOT);
      assertThat(health(elb, tg, instance).targetHealth().reason()).isEqualTo(TargetHealthReasonEnum.ELB_INITIAL_HEALTH_CHECKING);
      clock.advance(Duration.ofSeconds(30));
      assertThat(health(elb, tg, instance).targetHealth().state()).isEqualTo(TargetHealthStateEnum.HEALTHY);

      elb.deregisterTargets(r -> r.targetGroupArn(tg).targets(TargetDescription.builder().id(instance).port(80).build()));
      assertThat(health(elb, tg, instance).targetHealth().state()).isEqualTo(TargetHealthStateEnum.DRAINING);
      clock.advance(Duration.ofSeconds(60));
      assertThat(health(elb, tg, instance)).as("gone from the list once drained").isNull();
      assertThat(elb.describeTargetHealth(r -> r.targetGroupArn(tg).targets(TargetDescription.builder().id(instance).port(80).build())).targetHealthDescriptions())
          .extracting(d -> d.targetHealth().state()).containsExactly(TargetHealthStateEnum.UNUSED);
    }
  }

  @Test
  void aDeletedLoadBalancersInterfacesBlockItsSubnetsAndGroupForAWhile(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new LingeringNetworkInterfaces())) {
      Ec2Client ec2 = aws.ec2();
      Network n = network(ec2);
      String sg = ec2.createSecurityGroup(r -> r.vpcId(n.vpc()).groupName("lb").description("lb")).groupId();
      String arn = loadBalancer(aws.elb(), sg, n.subnetA(), n.subnetC());
      aws.elb().deleteLoadBalancer(r -> r.loadBalancerArn(arn));
      assertThat(code(() -> ec2.deleteSubnet(r -> r.subnetId(n.subnetA())))).isEqualTo("DependencyViolation");
      assertThat(code(() -> ec2.deleteSecurityGroup(r -> r.groupId(sg)))).isEqualTo("DependencyViolation");
      assertThat(code(() -> ec2.detachInternetGateway(r -> r.vpcId(n.vpc()).internetGatewayId(n.igw())))).isEqualTo("DependencyViolation");
      clock.advance(LingeringNetworkInterfaces.LINGER);
      ec2.deleteSubnet(r -> r.subnetId(n.subnetA()));
      ec2.deleteSecurityGroup(r -> r.groupId(sg));
      ec2.detachInternetGateway(r -> r.vpcId(n.vpc()).internetGatewayId(n.igw()));
    }
  }

  @Test
  void aNatGatewaysElasticIpCannotBeReleasedWhileItIsDeleting(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new ElasticIpHeldByDeletedNat(), new LingeringNetworkInterfaces())) {
      Ec2Client ec2 = aws.ec2();
      Network n = network(ec2);
      String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
      String nat = ec2.createNatGateway(r -> r.subnetId(n.subnetA()).allocationId(eip)).natGateway().natGatewayId();
      ec2.deleteNatGateway(r -> r.natGatewayId(nat));
      assertThat(code(() -> ec2.releaseAddress(r -> r.allocationId(eip)))).isEqualTo("InvalidIPAddress.InUse");
      assertThat(code(() -> ec2.deleteSubnet(r -> r.subnetId(n.subnetA())))).isEqualTo("DependencyViolation");
      clock.advance(NatGatewayLifecycle.DELETING);
      ec2.releaseAddress(r -> r.allocationId(eip));
      ec2.deleteSubnet(r -> r.subnetId(n.subnetA()));
    }
  }

  @Test
  void anAlbAndADbSubnetGroupNeedTwoZones(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new AlbTwoZones(), new DbSubnetGroupTwoZones())) {
      Network n = network(aws.ec2());
      String sg = aws.ec2().createSecurityGroup(r -> r.vpcId(n.vpc()).groupName("lb").description("lb")).groupId();
      assertThat(code(() -> loadBalancer(aws.elb(), sg, n.subnetA()))).isEqualTo("ValidationError");
      assertThat(code(() -> aws.rds().createDBSubnetGroup(r -> r.dbSubnetGroupName("one").dbSubnetGroupDescription("x").subnetIds(n.subnetA()))))
          .isEqualTo("DBSubnetGroupDoesNotCoverEnoughAZs");
      // Two zones pass.
      loadBalancer(aws.elb(), sg, n.subnetA(), n.subnetC());
      aws.rds().createDBSubnetGroup(r -> r.dbSubnetGroupName("two").dbSubnetGroupDescription("x").subnetIds(n.subnetA(), n.subnetC()));
    }
  }

  private static IpPermission http(String description) {
    return IpPermission.builder().ipProtocol("tcp").fromPort(80).toPort(80)
        .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").description(description).build()).build();
  }

  @Test
  void aRuleDescriptionWithACharacterAwsRefusesIsRefused(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new SecurityGroupRuleDescription())) {
      Ec2Client ec2 = aws.ec2();
      Network n = network(ec2);
      String web = ec2.createSecurityGroup(r -> r.vpcId(n.vpc()).groupName("web").description("Tenkai: web")).groupId();
      assertThat(code(() -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(http("tcp:80-80<-internet"))))).isEqualTo("InvalidParameterValue");
      ec2.authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(http("tcp:80-80 from internet (web) [a=b]")));
      assertThat(code(() -> ec2.createSecurityGroup(r -> r.vpcId(n.vpc()).groupName("db").description("db <- web")))).isEqualTo("InvalidParameterValue");
    }
  }

  @Test
  void rdsStorageOnlyGrowsByTenPercentOnceInSixHours(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new RdsStorageRules())) {
      RdsClient rds = aws.rds();
      String id = database(aws, network(aws.ec2()), 20);
      assertThat(code(() -> rds.modifyDBInstance(r -> r.dbInstanceIdentifier(id).allocatedStorage(10).applyImmediately(true))))
          .isEqualTo("InvalidParameterCombination");
      assertThat(code(() -> rds.modifyDBInstance(r -> r.dbInstanceIdentifier(id).allocatedStorage(21).applyImmediately(true))))
          .isEqualTo("InvalidParameterCombination");
      rds.modifyDBInstance(r -> r.dbInstanceIdentifier(id).allocatedStorage(22).applyImmediately(true));
      assertThat(code(() -> rds.modifyDBInstance(r -> r.dbInstanceIdentifier(id).allocatedStorage(40).applyImmediately(true))))
          .as("within six hours of the last change").isEqualTo("InvalidParameterCombination");
      clock.advance(RdsStorageRules.COOLDOWN);
      rds.modifyDBInstance(r -> r.dbInstanceIdentifier(id).allocatedStorage(40).applyImmediately(true));
      assertThat(db(rds, id).allocatedStorage()).isEqualTo(40);
    }
  }

  @Test
  void anInstanceTypeChangesOnlyWhenStopped(LocalEmulator moto) {
    try (AwsClients aws = clients(moto, new InstanceTypeChangeNeedsStop())) {
      Ec2Client ec2 = aws.ec2();
      Network n = network(ec2);
      String id = ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1)
          .subnetId(n.subnetA())).instances().get(0).instanceId();
      assertThat(code(() -> ec2.modifyInstanceAttribute(r -> r.instanceId(id).instanceType(v -> v.value("t3.large")))))
          .isEqualTo("IncorrectInstanceState");
      ec2.stopInstances(r -> r.instanceIds(id));
      ec2.modifyInstanceAttribute(r -> r.instanceId(id).instanceType(v -> v.value("t3.large")));
      assertThat(ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0).instanceTypeAsString())
          .isEqualTo("t3.large");
    }
  }

  @Test
  void theCatalogueNamesASourceForEveryBehaviour() {
    List<Behaviour> all = FidelityLayer.aws(clock).behaviours();
    assertThat(all).hasSizeGreaterThanOrEqualTo(12);
    assertThat(all).allSatisfy(b -> assertThat(b.source()).startsWith("https://docs.aws.amazon.com/"));
    assertThat(all).extracting(Behaviour::name).doesNotHaveDuplicates();
  }
}
