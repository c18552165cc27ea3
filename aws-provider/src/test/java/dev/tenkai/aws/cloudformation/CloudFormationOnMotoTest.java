package dev.tenkai.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.AwsClients;
import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Deploys exported templates to moto's CloudFormation and reads the result back with describe
 * calls. moto creates what it supports and silently skips the rest; what it skips or ignores
 * (checked against moto 5.2) is noted where it matters:
 *
 * <ul>
 *   <li>AWS::ElastiCache::SubnetGroup, ReplicationGroup and CacheCluster: not supported, skipped
 *       (they never appear among the stack's resources);
 *   <li>AWS::EC2::Instance: SecurityGroupIds are ignored (the instance gets the default group);
 *   <li>AWS::RDS::DBInstance: VPCSecurityGroups and ManageMasterUserPassword are ignored;
 *   <li>AWS::ElasticLoadBalancingV2::TargetGroup: TargetGroupAttributes and Targets are ignored;
 *   <li>Fn::GetAtt CanonicalHostedZoneID of a load balancer is not resolved: the apex alias can
 *       only be checked for its DNS name;
 *   <li>a skipped type shows among the stack's resources as a summary without logical id or type;
 *   <li>tags reach the EC2 resources only, and not even AWS::EC2::RouteTable's or AWS::EC2::EIP's.
 * </ul>
 *
 * <p>On AWS every one of these is created and applied; the parity and cfn-lint tests cover the
 * template's content for them.
 */
@ExtendWith(MotoExtension.class)
class CloudFormationOnMotoTest {
  private static final String REGION = "ap-northeast-1";
  private static final String IMAGE = "ami-0123456789abcdef0";
  /** Types moto's CloudFormation does not implement: the stack completes without them. */
  private static final Set<String> SKIPPED_BY_MOTO =
      Set.of("AWS::ElastiCache::SubnetGroup", "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster");

  private static CloudFormationClient cloudFormation(LocalEmulator moto) {
    return CloudFormationClient.builder()
        .region(Region.of(REGION))
        .endpointOverride(moto.endpoint())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .httpClient(UrlConnectionHttpClient.create())
        // A gap in moto answers HTTP 500: fail at once rather than retry it.
        .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  /** Parameter values for the emulator: plain image ids (no SSM public parameters there), its own certificates. */
  private static List<Parameter> parameters(LocalEmulator moto, Topology t, ObjectNode template) {
    List<Parameter> values = new ArrayList<>();
    template.get("Parameters").properties().forEach(e -> {
      String name = e.getKey();
      if (name.endsWith("ImageId")) {
        values.add(Parameter.builder().parameterKey(name).parameterValue(IMAGE).build());
      } else if (name.endsWith("CertificateArn")) {
        String domain = t.dnsZones().stream().findFirst().map(z -> z.name()).orElse("example.com");
        values.add(Parameter.builder().parameterKey(name).parameterValue(moto.requestCertificate(REGION, domain)).build());
      }
    });
    return values;
  }

  private static Stack deploy(LocalEmulator moto, CloudFormationClient cfn, Topology t, String body, ObjectNode tree) {
    cfn.createStack(q -> q.stackName(t.name()).templateBody(body).parameters(parameters(moto, t, tree)));
    Stack stack = cfn.describeStacks(q -> q.stackName(t.name())).stacks().get(0);
    // moto creates synchronously; AWS would take minutes (NAT gateways, a Multi-AZ database).
    for (int i = 0; i < 50 && stack.stackStatus() == StackStatus.CREATE_IN_PROGRESS; i++) {
      stack = cfn.describeStacks(q -> q.stackName(t.name())).stacks().get(0);
    }
    return stack;
  }

  private static String tag(List<Tag> tags, String key) {
    return tags.stream().filter(x -> x.key().equals(key)).map(Tag::value).findFirst().orElse("");
  }

  @Test
  void theReferenceTemplateDeploysAndCreatesWhatTheProviderWould(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    CloudFormationTemplate template = CloudFormationTemplate.of(t, ExportOption.imageIdParameters());
    ObjectNode tree = template.tree();
    try (CloudFormationClient cfn = cloudFormation(moto);
        AwsClients aws = AwsClients.create(REGION, LocalEmulator.optionsFor(moto.endpoint()).maxAttempts(1).build())) {
      Stack stack = deploy(moto, cfn, t, template.toYaml(), tree);
      assertThat(stack.stackStatus()).as(stack.stackStatusReason()).isEqualTo(StackStatus.CREATE_COMPLETE);

      List<StackResourceSummary> created = cfn.listStackResourcesPaginator(q -> q.stackName(t.name())).stackResourceSummaries().stream()
          .collect(Collectors.toList());
      Set<String> expected = tree.get("Resources").properties().stream()
          .filter(e -> !SKIPPED_BY_MOTO.contains(e.getValue().get("Type").asText()))
          .map(Map.Entry::getKey).collect(Collectors.toSet());
      // moto lists each resource of a type it skips as a summary with no logical id and no type.
      long skipped = tree.get("Resources").properties().stream().filter(e -> SKIPPED_BY_MOTO.contains(e.getValue().get("Type").asText())).count();
      assertThat(created).filteredOn(r -> r.logicalResourceId().isEmpty()).hasSize((int) skipped);
      assertThat(created).extracting(StackResourceSummary::logicalResourceId).filteredOn(id -> !id.isEmpty())
          .containsExactlyInAnyOrderElementsOf(expected);

      // Subnets: the model's CIDRs in the zones the zone parameters default to, tagged as the provider tags.
      Filter owned = Filter.builder().name("tag:" + StackTags.STACK).values(t.name()).build();
      Map<String, String> subnets = aws.ec2().describeSubnets(q -> q.filters(owned)).subnets().stream()
          .collect(Collectors.toMap(s -> tag(s.tags(), StackTags.LOGICAL_ID), s -> s.cidrBlock() + "@" + s.availabilityZone()));
      Map<String, String> modelled = new java.util.HashMap<>();
      t.network().tiers().forEach(tier -> tier.subnets().forEach(s ->
          modelled.put("subnet/" + tier.name() + "/" + s.zone(), s.cidr() + "@" + REGION + s.zone())));
      assertThat(subnets).isEqualTo(modelled);

      // Servers, bastion: as many running instances per zone as modelled, with the given image.
      var instances = aws.ec2().describeInstances(q -> q.filters(owned, Filter.builder().name("instance-state-name").values("running").build()))
          .reservations().stream().flatMap(r -> r.instances().stream()).collect(Collectors.toList());
      int servers = t.serverGroups().stream().mapToInt(g -> t.zones().stream().mapToInt(g::countIn).sum()).sum();
      assertThat(instances).hasSize(servers + (t.bastion().isPresent() ? 1 : 0));
      assertThat(instances).allSatisfy(i -> assertThat(i.imageId()).isEqualTo(IMAGE));
      assertThat(instances).filteredOn(i -> tag(i.tags(), StackTags.LOGICAL_ID).equals("instance/web/c/2"))
          .singleElement().satisfies(i -> assertThat(i.placement().availabilityZone()).isEqualTo(REGION + "c"));

      // One NAT gateway per zone, as modelled; private routes through the NAT of their own zone.
      assertThat(aws.ec2().describeNatGateways(q -> q.filter(owned)).natGateways()).hasSize(t.egress().nats().size());

      // The load balancer over both public subnets, its HTTPS listener and the target group's health check.
      var lbs = aws.elb().describeLoadBalancers().loadBalancers();
      assertThat(lbs).singleElement().satisfies(lb -> assertThat(lb.availabilityZones()).hasSize(t.loadBalancers().get(0).zones().size()));
      String lbArn = lbs.get(0).loadBalancerArn();
      assertThat(aws.elb().describeListeners(q -> q.loadBalancerArn(lbArn)).listeners())
          .extracting(l -> l.port()).containsExactlyInAnyOrderElementsOf(
              t.loadBalancers().get(0).listeners().stream().map(l -> l.port()).collect(Collectors.toList()));
      assertThat(aws.elb().describeTargetGroups().targetGroups()).singleElement()
          .satisfies(tg -> assertThat(tg.healthCheckPath()).isEqualTo(t.loadBalancers().get(0).healthCheck().path()));

      // The database: Multi-AZ as modelled (moto ignores ManageMasterUserPassword; no password was ever sent).
      var db = aws.rds().describeDBInstances().dbInstances();
      assertThat(db).singleElement().satisfies(d -> {
        assertThat(d.multiAZ()).isEqualTo(t.databases().get(0).standbyZone().isPresent());
        assertThat(d.dbInstanceClass()).isEqualTo(t.databases().get(0).instanceClass());
      });

      // DNS: the created zone with the apex alias to the load balancer's DNS name (moto leaves
      // the alias's hosted zone id, GetAtt CanonicalHostedZoneID, unresolved).
      var zones = aws.route53().listHostedZones().hostedZones();
      assertThat(zones).singleElement().satisfies(z -> assertThat(z.name().replaceAll("\\.$", "")).isEqualTo(t.dnsZones().get(0).name()));
      var records = aws.route53().listResourceRecordSets(q -> q.hostedZoneId(zones.get(0).id())).resourceRecordSets();
      assertThat(records).filteredOn(r -> r.name().equals(t.dnsZones().get(0).name() + ".") && r.typeAsString().equals("A"))
          .singleElement().satisfies(r -> assertThat(r.aliasTarget().dnsName()).startsWith(lbs.get(0).dnsName()));

      // Outputs: the load balancer's DNS name and the entry points' names.
      JsonNode outputs = tree.get("Outputs");
      assertThat(stack.outputs()).extracting(o -> o.outputKey()).containsExactlyInAnyOrderElementsOf(() -> outputs.fieldNames());
      assertThat(stack.outputs()).anySatisfy(o -> assertThat(o.outputValue()).isEqualTo(lbs.get(0).dnsName()));
    }
  }

  @Test
  void theSeedTemplateDeploysWithItsNatInstanceAndSelfRunCache(LocalEmulator moto) {
    Topology t = ReferenceTopologies.of2012();
    CloudFormationTemplate template = CloudFormationTemplate.of(t, ExportOption.imageIdParameters());
    try (CloudFormationClient cfn = cloudFormation(moto);
        AwsClients aws = AwsClients.create(REGION, LocalEmulator.optionsFor(moto.endpoint()).maxAttempts(1).build())) {
      Stack stack = deploy(moto, cfn, t, template.toJson(), template.tree());
      assertThat(stack.stackStatus()).as(stack.stackStatusReason()).isEqualTo(StackStatus.CREATE_COMPLETE);

      Filter owned = Filter.builder().name("tag:" + StackTags.STACK).values(t.name()).build();
      var instances = aws.ec2().describeInstances(q -> q.filters(owned, Filter.builder().name("instance-state-name").values("running").build()))
          .reservations().stream().flatMap(r -> r.instances().stream())
          .collect(Collectors.toMap(i -> tag(i.tags(), StackTags.LOGICAL_ID), i -> i));
      assertThat(instances).containsKeys("instance/nat", "instance/cache/a/1", "instance/cache/c/1", "instance/web/a/1", "instance/web/c/1");
      String natId = instances.get("instance/nat").instanceId();
      // Both private route tables send their default route to the one NAT instance, as modelled.
      // moto drops the Tags of an AWS::EC2::RouteTable (AWS applies them): find the tables by the
      // tags CloudFormation itself adds.
      Filter inStack = Filter.builder().name("tag:aws:cloudformation:stack-name").values(t.name()).build();
      var tables = aws.ec2().describeRouteTables(q -> q.filters(inStack)).routeTables().stream()
          .filter(rt -> tag(rt.tags(), "aws:cloudformation:logical-id").startsWith("RouteTablePrivate")).collect(Collectors.toList());
      assertThat(tables).hasSize(2).allSatisfy(rt -> assertThat(rt.routes()).anySatisfy(r -> assertThat(r.instanceId()).isEqualTo(natId)));
      // moto drops an AWS::EC2::EIP's Tags too: look for the NAT's address among all of them.
      assertThat(aws.ec2().describeAddresses().addresses()).anySatisfy(a -> assertThat(a.instanceId()).isEqualTo(natId));
      assertThat(aws.rds().describeDBInstances().dbInstances()).singleElement()
          .satisfies(d -> assertThat(d.multiAZ()).isEqualTo(t.databases().get(0).standbyZone().isPresent()));
    }
  }
}
