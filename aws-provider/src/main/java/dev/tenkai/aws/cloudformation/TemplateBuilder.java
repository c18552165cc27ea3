package dev.tenkai.aws.cloudformation;

import static dev.tenkai.aws.cloudformation.CloudFormationTemplate.array;
import static dev.tenkai.aws.cloudformation.CloudFormationTemplate.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one {@link DesiredStack} as a template: each desired resource becomes its CloudFormation
 * resource(s) under the translated logical id; what the provider does in one call but
 * CloudFormation models apart (the gateway attachment, a route table's route and subnet
 * associations, one ingress resource per rule) gets ids derived from the resource's own.
 */
final class TemplateBuilder {
  /** The image the mapping is given; it never reaches the template (images are parameters). */
  static final String IMAGE_PLACEHOLDER = "ami-00000000000000000";

  static final String KEY_PAIR_PARAMETER = "KeyPairName";
  static final String EXISTING_ZONE_PARAMETER = "ExistingHostedZoneId";
  static final String HAS_KEY_PAIR = "HasKeyPair";
  static final String CREATE_HOSTED_ZONE = "CreateHostedZone";
  static final String ATTACHMENT = "InternetGatewayAttachment";

  private final DesiredStack stack;
  private final LogicalIdScheme ids;
  private final Optional<String> ssmPath;
  private final boolean imageIds;
  private final Map<String, String> zoneDefaults;

  private final ObjectNode parameters = object();
  private final ObjectNode conditions = object();
  private final ObjectNode resources = object();
  private final ObjectNode outputs = object();
  private final Map<String, String> imageParameters = new LinkedHashMap<>();

  TemplateBuilder(DesiredStack stack, LogicalIdScheme ids, ExportOption... options) {
    this.stack = stack;
    this.ids = ids;
    Optional<String> ssm = Optional.empty();
    boolean plainIds = false;
    for (ExportOption o : options) {
      ssm = o.ssmPath().isPresent() ? o.ssmPath() : ssm;
      plainIds |= o.imageIds();
    }
    this.ssmPath = ssm;
    this.imageIds = plainIds;
    this.zoneDefaults = stack.zones().names();
  }

  ObjectNode build() {
    zoneParameters();
    for (DesiredResource r : stack.resources().values()) {
      resource(r);
    }
    ObjectNode t = object();
    t.put("AWSTemplateFormatVersion", "2010-09-09");
    t.put("Description", "Tenkai stack " + stack.stack() + ": " + stack.resources().size()
        + " resources mapped from the topology by the Tenkai AWS provider's mapping");
    if (!stack.notes().isEmpty()) {
      ObjectNode meta = t.putObject("Metadata").putObject("Tenkai");
      meta.put("Stack", stack.stack());
      ArrayNode notes = meta.putArray("Notes");
      stack.notes().forEach(notes::add);
    }
    t.set("Parameters", parameters);
    if (!conditions.isEmpty()) {
      t.set("Conditions", conditions);
    }
    t.set("Resources", resources);
    t.set("Outputs", outputs);
    return t;
  }

  // ---- parameters ----

  private void zoneParameters() {
    for (Map.Entry<String, String> z : zoneDefaults.entrySet()) {
      ObjectNode p = parameters.putObject(zoneParameter(z.getKey()));
      p.put("Type", "AWS::EC2::AvailabilityZone::Name");
      p.put("Default", z.getValue());
      p.put("Description", "The availability zone realizing the topology's logical zone '" + z.getKey() + "'");
    }
  }

  static String zoneParameter(String logicalZone) {
    return "Zone" + LogicalIdScheme.plain(logicalZone);
  }

  private JsonNode zoneRef(String zoneName) {
    String logical = stack.zones().logical(zoneName)
        .orElseThrow(() -> new IllegalStateException("zone " + zoneName + " is not one of the mapped zones " + stack.zones()));
    return ref(zoneParameter(logical));
  }

  private String imageParameter(String role, String mappedImage) {
    return imageParameters.computeIfAbsent(role, r -> {
      String name = LogicalIdScheme.plain(r) + "ImageId";
      ObjectNode p = parameters.putObject(name);
      if (!mappedImage.equals(IMAGE_PLACEHOLDER)) {
        // The model itself names an AMI for this role: keep it as the default.
        p.put("Type", "AWS::EC2::Image::Id");
        p.put("Default", mappedImage);
      } else if (imageIds) {
        p.put("Type", "AWS::EC2::Image::Id");
      } else {
        p.put("Type", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
        p.put("Default", ssmPath.orElse(ExportOption.AL2023_SSM_PATH));
      }
      p.put("Description", "The image (AMI) of role '" + r + "'");
      return name;
    });
  }

  private JsonNode keyName() {
    if (!parameters.has(KEY_PAIR_PARAMETER)) {
      ObjectNode p = parameters.putObject(KEY_PAIR_PARAMETER);
      p.put("Type", "String");
      p.put("Default", "");
      p.put("Description", "An EC2 key pair given to every instance; empty for none");
      conditions.putObject(HAS_KEY_PAIR).set("Fn::Not", array().add(equalsEmpty(KEY_PAIR_PARAMETER)));
    }
    ObjectNode f = object();
    f.putArray("Fn::If").add(HAS_KEY_PAIR).add(ref(KEY_PAIR_PARAMETER)).add(ref("AWS::NoValue"));
    return f;
  }

  private void existingZoneParameter() {
    if (!parameters.has(EXISTING_ZONE_PARAMETER)) {
      ObjectNode p = parameters.putObject(EXISTING_ZONE_PARAMETER);
      p.put("Type", "String");
      p.put("Default", "");
      p.put("Description", "An existing Route 53 hosted zone id to put the records into; empty to create the zone");
      conditions.set(CREATE_HOSTED_ZONE, equalsEmpty(EXISTING_ZONE_PARAMETER));
    }
  }

  private static ObjectNode equalsEmpty(String parameter) {
    ObjectNode eq = object();
    eq.putArray("Fn::Equals").add(ref(parameter)).add("");
    return eq;
  }

  // ---- resources ----

  private void resource(DesiredResource r) {
    String id = ids.of(r.logicalId());
    Map<String, ObjectNode> group = new LinkedHashMap<>();
    ObjectNode main = switch (r.kind()) {
      case VPC -> vpc(r);
      case SUBNET -> subnet(r);
      case INTERNET_GATEWAY -> internetGateway(r, group);
      case SECURITY_GROUP -> securityGroup(r);
      case SECURITY_GROUP_INGRESS -> ingress(r, id, group);
      case INSTANCE -> instance(r);
      case ELASTIC_IP -> elasticIp(r);
      case NAT_GATEWAY -> natGateway(r);
      case ROUTE_TABLE -> routeTable(r, id, group);
      case LOAD_BALANCER -> loadBalancer(r);
      case TARGET_GROUP -> targetGroup(r);
      case LISTENER -> listener(r);
      case DB_SUBNET_GROUP -> dbSubnetGroup(r);
      case DB_INSTANCE -> dbInstance(r);
      case CACHE_SUBNET_GROUP -> cacheSubnetGroup(r);
      case CACHE_REPLICATION_GROUP -> replicationGroup(r);
      case CACHE_CLUSTER -> cacheCluster(r);
      case HOSTED_ZONE -> hostedZone(r);
      case DNS_RECORD -> dnsRecord(r);
    };
    if (main != null) {
      resources.set(id, main);
    }
    group.forEach(resources::set);
    // A dependency no property refers to still orders creation: say it with DependsOn. An
    // internet gateway is usable once attached, so dependants wait for the attachment.
    Set<String> referenced = new LinkedHashSet<>();
    if (main != null) {
      references(main, referenced);
    }
    group.values().forEach(n -> references(n, referenced));
    Set<String> extra = new LinkedHashSet<>();
    for (String dep : r.dependencies()) {
      String depId = dep.equals("internet-gateway") ? ATTACHMENT : ids.of(dep);
      if (!referenced.contains(depId)) {
        extra.add(depId);
      }
    }
    if (main != null && !extra.isEmpty()) {
      ArrayNode dependsOn = main.has("DependsOn") ? (ArrayNode) main.get("DependsOn") : main.putArray("DependsOn");
      extra.forEach(dependsOn::add);
    }
  }

  private ObjectNode vpc(DesiredResource r) {
    ObjectNode res = typed("AWS::EC2::VPC");
    ObjectNode p = props(res);
    p.put("CidrBlock", r.property("cidr"));
    p.put("EnableDnsHostnames", Boolean.parseBoolean(r.property("dnsHostnames")));
    p.put("EnableDnsSupport", Boolean.parseBoolean(r.property("dnsSupport")));
    tags(p, r);
    return res;
  }

  private ObjectNode subnet(DesiredResource r) {
    ObjectNode res = typed("AWS::EC2::Subnet");
    ObjectNode p = props(res);
    p.set("VpcId", refTo(r.property("vpc")));
    p.put("CidrBlock", r.property("cidr"));
    p.set("AvailabilityZone", zoneRef(r.property("availabilityZone")));
    tags(p, r);
    return res;
  }

  private ObjectNode internetGateway(DesiredResource r, Map<String, ObjectNode> group) {
    ObjectNode res = typed("AWS::EC2::InternetGateway");
    tags(props(res), r);
    ObjectNode attach = typed("AWS::EC2::VPCGatewayAttachment");
    props(attach).set("VpcId", refTo(r.property("vpc")));
    props(attach).set("InternetGatewayId", refTo(r.logicalId()));
    group.put(ATTACHMENT, attach);
    return res;
  }

  private ObjectNode securityGroup(DesiredResource r) {
    ObjectNode res = typed("AWS::EC2::SecurityGroup");
    ObjectNode p = props(res);
    p.put("GroupName", r.property("groupName"));
    p.put("GroupDescription", r.property("description"));
    p.set("VpcId", refTo(r.property("vpc")));
    tags(p, r);
    return res;
  }

  /**
   * One {@code AWS::EC2::SecurityGroupIngress} per rule ({@code <id>Rule1}, ... in the mapping's
   * sorted rule order): the provider keeps a group's rules as one resource, CloudFormation as one
   * each. Rules live apart from their groups so groups may reference each other.
   */
  private ObjectNode ingress(DesiredResource r, String id, Map<String, ObjectNode> group) {
    int n = 0;
    for (String rule : r.property("rules").split(";")) {
      if (rule.isEmpty()) {
        continue;
      }
      IngressRule ir = IngressRule.parse(rule);
      ObjectNode res = typed("AWS::EC2::SecurityGroupIngress");
      ObjectNode p = props(res);
      p.set("GroupId", getAtt(ids.of(r.property("group")), "GroupId"));
      p.put("IpProtocol", ir.protocol());
      if (!ir.protocol().equals("-1")) {
        p.put("FromPort", ir.fromPort());
        p.put("ToPort", ir.toPort());
      }
      if (ir.source().contains("/") && Character.isDigit(ir.source().charAt(0))) {
        p.put("CidrIp", ir.source());
      } else {
        p.set("SourceSecurityGroupId", getAtt(ids.of(ir.source()), "GroupId"));
      }
      p.put("Description", "Tenkai " + stack.stack() + " " + r.logicalId() + ": " + rule);
      group.put(id + "Rule" + (++n), res);
    }
    return null;
  }

  private ObjectNode instance(DesiredResource r) {
    ObjectNode res = typed("AWS::EC2::Instance");
    ObjectNode p = props(res);
    p.set("ImageId", ref(imageParameter(r.property("role"), r.property("image"))));
    p.put("InstanceType", r.property("instanceType"));
    p.set("SubnetId", refTo(r.property("subnet")));
    ArrayNode groups = p.putArray("SecurityGroupIds");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(getAtt(ids.of(g), "GroupId")));
    p.set("KeyName", keyName());
    p.put("SourceDestCheck", Boolean.parseBoolean(r.property("sourceDestCheck")));
    r.optional("userData").ifPresent(u -> p.putObject("UserData").put("Fn::Base64", u));
    tags(p, r);
    return res;
  }

  private ObjectNode elasticIp(DesiredResource r) {
    ObjectNode res = typed("AWS::EC2::EIP");
    ObjectNode p = props(res);
    p.put("Domain", "vpc");
    r.optional("instance").ifPresent(i -> p.set("InstanceId", refTo(i)));
    tags(p, r);
    // An address in a VPC is only usable once the VPC reaches the internet.
    if (stack.get("internet-gateway").isPresent()) {
      res.putArray("DependsOn").add(ATTACHMENT);
    }
    return res;
  }

  private ObjectNode natGateway(DesiredResource r) {
    ObjectNode res = typed("AWS::EC2::NatGateway");
    ObjectNode p = props(res);
    p.set("SubnetId", refTo(r.property("subnet")));
    p.set("AllocationId", getAtt(ids.of(r.property("eip")), "AllocationId"));
    tags(p, r);
    return res;
  }

  /**
   * A route table, its default route ({@code <id>DefaultRoute}) and one association per subnet
   * ({@code <id>Association<Subnet>}).
   */
  private ObjectNode routeTable(DesiredResource r, String id, Map<String, ObjectNode> group) {
    ObjectNode res = typed("AWS::EC2::RouteTable");
    props(res).set("VpcId", refTo(r.property("vpc")));
    tags(props(res), r);
    Optional<String> target = r.optional("defaultRoute");
    if (target.isPresent()) {
      ObjectNode route = typed("AWS::EC2::Route");
      ObjectNode p = props(route);
      p.set("RouteTableId", ref(id));
      p.put("DestinationCidrBlock", "0.0.0.0/0");
      DesiredResource to = stack.get(target.get())
          .orElseThrow(() -> new IllegalStateException(r.logicalId() + " routes to " + target.get() + ", which the stack does not hold"));
      switch (to.kind()) {
        case INTERNET_GATEWAY -> {
          p.set("GatewayId", refTo(to.logicalId()));
          route.putArray("DependsOn").add(ATTACHMENT);
        }
        case NAT_GATEWAY -> p.set("NatGatewayId", refTo(to.logicalId()));
        case INSTANCE -> p.set("InstanceId", refTo(to.logicalId()));
        default -> throw new IllegalStateException(r.logicalId() + " routes to " + to.logicalId() + ", which is no route target");
      }
      group.put(id + "DefaultRoute", route);
    }
    for (String subnet : TopologyMapping.items(r.property("subnets"))) {
      ObjectNode assoc = typed("AWS::EC2::SubnetRouteTableAssociation");
      props(assoc).set("RouteTableId", ref(id));
      props(assoc).set("SubnetId", refTo(subnet));
      group.put(id + "Association" + ids.of(subnet), assoc);
    }
    return res;
  }

  private ObjectNode loadBalancer(DesiredResource r) {
    ObjectNode res = typed("AWS::ElasticLoadBalancingV2::LoadBalancer");
    ObjectNode p = props(res);
    p.put("Name", r.property("name"));
    p.put("Type", "application");
    p.put("Scheme", r.property("scheme"));
    p.set("Subnets", refs(r.property("subnets")));
    ArrayNode groups = p.putArray("SecurityGroups");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(getAtt(ids.of(g), "GroupId")));
    tags(p, r);
    String id = ids.of(r.logicalId());
    ObjectNode out = outputs.putObject(id + "DnsName");
    out.put("Description", "The DNS name of load balancer " + r.logicalId() + " (" + r.property("realizes") + ")");
    out.set("Value", getAtt(id, "DNSName"));
    return res;
  }

  private ObjectNode targetGroup(DesiredResource r) {
    ObjectNode res = typed("AWS::ElasticLoadBalancingV2::TargetGroup");
    ObjectNode p = props(res);
    p.put("Name", r.property("name"));
    p.put("Protocol", r.property("protocol"));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.set("VpcId", refTo(r.property("vpc")));
    p.put("TargetType", "instance");
    p.put("HealthCheckProtocol", r.property("protocol"));
    p.put("HealthCheckPath", r.property("healthCheckPath"));
    p.put("HealthCheckIntervalSeconds", Integer.parseInt(r.property("healthCheckIntervalSeconds")));
    p.put("HealthCheckTimeoutSeconds", Integer.parseInt(r.property("healthCheckTimeoutSeconds")));
    p.put("HealthyThresholdCount", Integer.parseInt(r.property("healthyThreshold")));
    p.put("UnhealthyThresholdCount", Integer.parseInt(r.property("unhealthyThreshold")));
    ArrayNode attributes = p.putArray("TargetGroupAttributes");
    attribute(attributes, "stickiness.enabled", r.property("stickiness"));
    if (Boolean.parseBoolean(r.property("stickiness"))) {
      attribute(attributes, "stickiness.type", "lb_cookie");
      attribute(attributes, "stickiness.lb_cookie.duration_seconds", r.property("stickinessSeconds"));
    }
    attribute(attributes, "deregistration_delay.timeout_seconds", r.property("deregistrationDelaySeconds"));
    ArrayNode targets = p.putArray("Targets");
    for (String target : TopologyMapping.items(r.property("targets"))) {
      ObjectNode t = targets.addObject();
      t.set("Id", refTo(target));
      t.put("Port", Integer.parseInt(r.property("port")));
    }
    tags(p, r);
    return res;
  }

  private static void attribute(ArrayNode attributes, String key, String value) {
    ObjectNode a = attributes.addObject();
    a.put("Key", key);
    a.put("Value", value);
  }

  private ObjectNode listener(DesiredResource r) {
    ObjectNode res = typed("AWS::ElasticLoadBalancingV2::Listener");
    ObjectNode p = props(res);
    p.set("LoadBalancerArn", refTo(r.property("loadBalancer")));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.put("Protocol", r.property("protocol"));
    Optional<String> certificate = r.optional("certificate");
    if (certificate.isPresent()) {
      String name = ids.of(r.logicalId()) + "CertificateArn";
      ObjectNode param = parameters.putObject(name);
      param.put("Type", "String");
      if (certificate.get().startsWith("arn:")) {
        param.put("Default", certificate.get());
      }
      param.put("Description", "The ACM certificate ARN of " + r.logicalId() + " (the model's reference: " + certificate.get() + ")");
      p.putArray("Certificates").addObject().set("CertificateArn", ref(name));
    }
    ObjectNode action = p.putArray("DefaultActions").addObject();
    action.put("Type", "forward");
    action.set("TargetGroupArn", refTo(r.property("targetGroup")));
    return res;
  }

  private ObjectNode dbSubnetGroup(DesiredResource r) {
    ObjectNode res = typed("AWS::RDS::DBSubnetGroup");
    ObjectNode p = props(res);
    p.put("DBSubnetGroupName", r.property("name"));
    p.put("DBSubnetGroupDescription", r.property("description"));
    p.set("SubnetIds", refs(r.property("subnets")));
    tags(p, r);
    return res;
  }

  /** The database, its master password generated and kept by AWS: no secret in the template. */
  private ObjectNode dbInstance(DesiredResource r) {
    ObjectNode res = typed("AWS::RDS::DBInstance");
    // As the provider's destroy does by default: keep a final snapshot.
    res.put("DeletionPolicy", "Snapshot");
    res.put("UpdateReplacePolicy", "Snapshot");
    ObjectNode p = props(res);
    p.put("DBInstanceIdentifier", r.property("identifier"));
    p.put("Engine", r.property("engine"));
    p.set("EngineVersion", ref(engineVersionParameter(r)));
    p.put("DBInstanceClass", r.property("instanceClass"));
    p.put("MultiAZ", Boolean.parseBoolean(r.property("multiAz")));
    r.optional("availabilityZone").ifPresent(z -> p.set("AvailabilityZone", zoneRef(z)));
    p.put("AllocatedStorage", r.property("storageGib"));
    p.put("StorageEncrypted", Boolean.parseBoolean(r.property("storageEncrypted")));
    p.put("PubliclyAccessible", Boolean.parseBoolean(r.property("publiclyAccessible")));
    p.put("Port", r.property("port"));
    p.put("MasterUsername", r.property("masterUsername"));
    p.put("ManageMasterUserPassword", Boolean.parseBoolean(r.property("manageMasterUserPassword")));
    p.set("DBSubnetGroupName", refTo(r.property("subnetGroup")));
    ArrayNode groups = p.putArray("VPCSecurityGroups");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(getAtt(ids.of(g), "GroupId")));
    r.optional("backupWindow").ifPresent(w -> p.put("PreferredBackupWindow", w));
    r.optional("maintenanceWindow").ifPresent(w -> p.put("PreferredMaintenanceWindow", w));
    tags(p, r);
    return res;
  }

  /**
   * The engine version as a parameter defaulting to the model's: the model often names a major
   * version ("8.4"), which RDS completes with its default minor version, while linters only know
   * full versions; a deployer may pin one here.
   */
  private String engineVersionParameter(DesiredResource r) {
    String name = ids.of(r.logicalId()) + "EngineVersion";
    ObjectNode p = parameters.putObject(name);
    p.put("Type", "String");
    p.put("Default", r.property("engineVersion"));
    p.put("Description", "The " + r.property("engine") + " version of " + r.logicalId()
        + " (the model's; a major version lets RDS choose its default minor version)");
    return name;
  }

  private ObjectNode cacheSubnetGroup(DesiredResource r) {
    ObjectNode res = typed("AWS::ElastiCache::SubnetGroup");
    ObjectNode p = props(res);
    p.put("CacheSubnetGroupName", r.property("name"));
    p.put("Description", r.property("description"));
    p.set("SubnetIds", refs(r.property("subnets")));
    tags(p, r);
    return res;
  }

  private ArrayNode zoneRefs(String zoneNames) {
    ArrayNode a = array();
    TopologyMapping.items(zoneNames).forEach(z -> a.add(zoneRef(z)));
    return a;
  }

  private ObjectNode replicationGroup(DesiredResource r) {
    ObjectNode res = typed("AWS::ElastiCache::ReplicationGroup");
    ObjectNode p = props(res);
    p.put("ReplicationGroupId", r.property("id"));
    p.put("ReplicationGroupDescription", "Tenkai " + stack.stack() + ": " + r.logicalId());
    p.put("Engine", r.property("engine"));
    r.optional("engineVersion").ifPresent(v -> p.put("EngineVersion", v));
    p.put("CacheNodeType", r.property("nodeType"));
    p.put("NumCacheClusters", Integer.parseInt(r.property("numCacheClusters")));
    p.set("PreferredCacheClusterAZs", zoneRefs(r.property("preferredZones")));
    p.put("AutomaticFailoverEnabled", Boolean.parseBoolean(r.property("automaticFailover")));
    p.put("MultiAZEnabled", Boolean.parseBoolean(r.property("multiAz")));
    p.put("AtRestEncryptionEnabled", Boolean.parseBoolean(r.property("atRestEncryption")));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.set("CacheSubnetGroupName", refTo(r.property("subnetGroup")));
    ArrayNode groups = p.putArray("SecurityGroupIds");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(getAtt(ids.of(g), "GroupId")));
    tags(p, r);
    return res;
  }

  private ObjectNode cacheCluster(DesiredResource r) {
    ObjectNode res = typed("AWS::ElastiCache::CacheCluster");
    ObjectNode p = props(res);
    p.put("ClusterName", r.property("id"));
    p.put("Engine", r.property("engine"));
    r.optional("engineVersion").ifPresent(v -> p.put("EngineVersion", v));
    p.put("CacheNodeType", r.property("nodeType"));
    p.put("NumCacheNodes", Integer.parseInt(r.property("numNodes")));
    p.put("AZMode", r.property("azMode"));
    p.set("PreferredAvailabilityZones", zoneRefs(r.property("preferredZones")));
    p.put("Port", Integer.parseInt(r.property("port")));
    p.set("CacheSubnetGroupName", refTo(r.property("subnetGroup")));
    ArrayNode groups = p.putArray("VpcSecurityGroupIds");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(getAtt(ids.of(g), "GroupId")));
    tags(p, r);
    return res;
  }

  private ObjectNode hostedZone(DesiredResource r) {
    existingZoneParameter();
    ObjectNode res = typed("AWS::Route53::HostedZone");
    res.put("Condition", CREATE_HOSTED_ZONE);
    ObjectNode p = props(res);
    p.put("Name", r.property("name"));
    ArrayNode tags = p.putArray("HostedZoneTags");
    tag(tags, StackTags.STACK, stack.stack());
    tag(tags, StackTags.LOGICAL_ID, r.logicalId());
    return res;
  }

  private ObjectNode dnsRecord(DesiredResource r) {
    ObjectNode res = typed("AWS::Route53::RecordSet");
    ObjectNode p = props(res);
    String zone = r.optional("hostedZone").orElseThrow(() -> new IllegalStateException(r.logicalId() + " names no hosted zone"));
    ObjectNode zoneId = object();
    zoneId.putArray("Fn::If").add(CREATE_HOSTED_ZONE).add(refTo(zone)).add(ref(EXISTING_ZONE_PARAMETER));
    p.set("HostedZoneId", zoneId);
    p.put("Name", r.property("name") + ".");
    p.put("Type", r.property("type"));
    Optional<String> alias = r.optional("aliasTarget");
    Optional<String> valueOf = r.optional("valueOf");
    if (alias.isPresent()) {
      ObjectNode target = p.putObject("AliasTarget");
      target.set("DNSName", getAtt(ids.of(alias.get()), "DNSName"));
      target.set("HostedZoneId", getAtt(ids.of(alias.get()), "CanonicalHostedZoneID"));
      target.put("EvaluateTargetHealth", false);
    } else {
      // Route 53 requires a TTL on a record that is not an alias; the provider's default is 300 s.
      p.put("TTL", r.optional("ttl").orElse("300"));
      ArrayNode values = p.putArray("ResourceRecords");
      if (valueOf.isPresent()) {
        values.add(getAtt(ids.of(valueOf.get()), "DNSName"));
      } else {
        TopologyMapping.items(r.property("values")).forEach(values::add);
      }
    }
    ObjectNode out = outputs.putObject(ids.of(r.logicalId()) + "Name");
    out.put("Description", "Entry point: " + r.property("type") + " record " + r.property("name"));
    out.put("Value", r.property("name"));
    return res;
  }

  // ---- fragments ----

  private static ObjectNode typed(String type) {
    ObjectNode res = object();
    res.put("Type", type);
    res.putObject("Properties");
    return res;
  }

  private static ObjectNode props(ObjectNode resource) {
    return (ObjectNode) resource.get("Properties");
  }

  /** Exactly the provider's ownership tags, so the provider recognizes what the stack created. */
  private void tags(ObjectNode properties, DesiredResource r) {
    ArrayNode tags = properties.putArray("Tags");
    tag(tags, StackTags.STACK, stack.stack());
    tag(tags, StackTags.LOGICAL_ID, r.logicalId());
  }

  private static void tag(ArrayNode tags, String key, String value) {
    ObjectNode t = tags.addObject();
    t.put("Key", key);
    t.put("Value", value);
  }

  static ObjectNode ref(String logicalId) {
    ObjectNode r = object();
    r.put("Ref", logicalId);
    return r;
  }

  private ObjectNode refTo(String tenkaiId) {
    return ref(ids.of(tenkaiId));
  }

  private ArrayNode refs(String tenkaiIds) {
    ArrayNode a = array();
    TopologyMapping.items(tenkaiIds).forEach(i -> a.add(refTo(i)));
    return a;
  }

  static ObjectNode getAtt(String logicalId, String attribute) {
    ObjectNode g = object();
    g.putArray("Fn::GetAtt").add(logicalId).add(attribute);
    return g;
  }

  /** Every logical id {@code node} refers to with Ref or Fn::GetAtt. */
  static void references(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (f.getKey().equals("Ref") && f.getValue().isTextual()) {
          into.add(f.getValue().asText());
        } else if (f.getKey().equals("Fn::GetAtt") && f.getValue().isArray()) {
          into.add(f.getValue().get(0).asText());
        } else {
          references(f.getValue(), into);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> references(n, into));
    }
  }

  /** One rule of the mapping's text form, {@code tcp:80-80<-security-group/web-lb}. */
  record IngressRule(String protocol, int fromPort, int toPort, String source) {
    static IngressRule parse(String text) {
      int colon = text.indexOf(':');
      int arrow = text.indexOf("<-");
      if (colon < 0 || arrow < colon) {
        throw new IllegalStateException("ingress rule '" + text + "' is not protocol:from-to<-source");
      }
      String proto = text.substring(0, colon);
      String[] ports = text.substring(colon + 1, arrow).split("-");
      String source = text.substring(arrow + 2);
      return new IngressRule(proto.equals("all") ? "-1" : proto, Integer.parseInt(ports[0]), Integer.parseInt(ports[1]), source);
    }
  }
}
