package dev.tenkai.aws.faults;

import dev.tenkai.aws.AwsClients;
import dev.tenkai.aws.StackTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * What exists in the emulator, read with each service's own describe calls (never through the
 * provider's discovery, which is what is under test): per kind, the ids of resources carrying a
 * stack's tag and of those carrying none. Resources that existed before the test (moto's default
 * VPC and its parts) are left out by a baseline taken first; resources AWS creates on its own
 * with a VPC (the main route table, the default security group) are left out by shape.
 */
public final class ResourceCensus {
  /** One kind's ids: those tagged with the stack and all the others that appeared since the baseline. */
  public record Count(Set<String> owned, Set<String> untagged) {}

  private final AwsClients clients;
  private final String stack;
  private final Map<String, Set<String>> baseline;

  private ResourceCensus(AwsClients clients, String stack) {
    this.clients = clients;
    this.stack = stack;
    this.baseline = all();
  }

  /** A census of {@code stack}, taking what exists now as the baseline. */
  public static ResourceCensus baseline(AwsClients clients, String stack) {
    return new ResourceCensus(clients, stack);
  }

  /** Per kind: how many resources carry the stack's tag (untagged ones are in {@link #untagged()}). */
  public Map<String, Integer> owned() {
    Map<String, Integer> out = new TreeMap<>();
    ec2Tagged().forEach((kind, ids) -> out.put(kind, ids.size()));
    return out;
  }

  /** Per kind: ids that appeared since the baseline, for every kind read (tagged or not). */
  public Map<String, Set<String>> appeared() {
    Map<String, Set<String>> now = all();
    Map<String, Set<String>> out = new TreeMap<>();
    now.forEach((kind, ids) -> {
      Set<String> fresh = new TreeSet<>(ids);
      fresh.removeAll(baseline.getOrDefault(kind, Set.of()));
      out.put(kind, fresh);
    });
    return out;
  }

  /** Per kind: appeared EC2 resources that carry no stack tag at all (a leak: nothing owns them). */
  public Map<String, Set<String>> untagged() {
    Map<String, Set<String>> tagged = ec2Tagged();
    Map<String, Set<String>> out = new TreeMap<>();
    appeared().forEach((kind, ids) -> {
      if (tagged.containsKey(kind)) {
        Set<String> rest = new TreeSet<>(ids);
        rest.removeAll(tagged.get(kind));
        out.put(kind, rest);
      }
    });
    return out;
  }

  /** Appeared resources per kind, as counts. */
  public Map<String, Integer> appearedCounts() {
    return appeared().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a, TreeMap::new));
  }

  private Map<String, Set<String>> all() {
    return read(t -> true);
  }

  private Map<String, Set<String>> ec2Tagged() {
    Map<String, Set<String>> m = read(tags -> tags.stream().anyMatch(t -> t.key().equals(StackTags.STACK) && t.value().equals(stack)));
    m.keySet().retainAll(Set.of("vpc", "subnet", "internet-gateway", "security-group", "instance", "eip", "nat-gateway", "route-table"));
    return m;
  }

  private Map<String, Set<String>> read(Predicate<List<Tag>> ec2Filter) {
    Ec2Client ec2 = clients.ec2();
    Map<String, Set<String>> m = new TreeMap<>();
    m.put("vpc", ids(ec2.describeVpcs().vpcs().stream().filter(v -> ec2Filter.test(v.tags())).map(v -> v.vpcId())));
    m.put("subnet", ids(ec2.describeSubnets().subnets().stream().filter(v -> ec2Filter.test(v.tags())).map(v -> v.subnetId())));
    m.put("internet-gateway", ids(ec2.describeInternetGateways().internetGateways().stream().filter(v -> ec2Filter.test(v.tags())).map(v -> v.internetGatewayId())));
    // A VPC's default group comes with it; AWS names it "default" and it cannot be deleted.
    m.put("security-group", ids(ec2.describeSecurityGroups().securityGroups().stream().filter(g -> !g.groupName().equals("default"))
        .filter(v -> ec2Filter.test(v.tags())).map(v -> v.groupId())));
    m.put("instance", ids(ec2.describeInstances(r -> r.filters(software.amazon.awssdk.services.ec2.model.Filter.builder().name("instance-state-name").values("pending", "running", "stopping", "stopped").build()))
        .reservations().stream().flatMap(r -> r.instances().stream()).filter(v -> ec2Filter.test(v.tags())).map(v -> v.instanceId())));
    m.put("eip", ids(ec2.describeAddresses().addresses().stream().filter(v -> ec2Filter.test(v.tags())).map(v -> v.allocationId())));
    m.put("nat-gateway", ids(ec2.describeNatGateways().natGateways().stream().filter(n -> !n.stateAsString().startsWith("delet") && !n.stateAsString().equals("failed"))
        .filter(v -> ec2Filter.test(v.tags())).map(v -> v.natGatewayId())));
    // A VPC's main route table comes with it; the stack's own tables are never main.
    m.put("route-table", ids(ec2.describeRouteTables().routeTables().stream().filter(rt -> rt.associations().stream().noneMatch(a -> Boolean.TRUE.equals(a.main())))
        .filter(v -> ec2Filter.test(v.tags())).map(v -> v.routeTableId())));
    m.put("load-balancer", ids(clients.elb().describeLoadBalancers().loadBalancers().stream().map(l -> l.loadBalancerArn())));
    m.put("target-group", ids(clients.elb().describeTargetGroups().targetGroups().stream().map(l -> l.targetGroupArn())));
    List<String> listeners = new ArrayList<>();
    clients.elb().describeLoadBalancers().loadBalancers().forEach(lb ->
        clients.elb().describeListeners(r -> r.loadBalancerArn(lb.loadBalancerArn())).listeners().forEach(l -> listeners.add(l.listenerArn())));
    m.put("listener", ids(listeners.stream()));
    m.put("db-instance", ids(clients.rds().describeDBInstances().dbInstances().stream().map(d -> d.dbInstanceIdentifier())));
    m.put("db-subnet-group", ids(clients.rds().describeDBSubnetGroups().dbSubnetGroups().stream().map(d -> d.dbSubnetGroupName())));
    m.put("replication-group", ids(clients.elastiCache().describeReplicationGroups().replicationGroups().stream()
        .filter(g -> !"deleting".equals(g.status())).map(g -> g.replicationGroupId())));
    m.put("cache-cluster", ids(clients.elastiCache().describeCacheClusters().cacheClusters().stream()
        .filter(c -> c.replicationGroupId() == null && !"deleting".equals(c.cacheClusterStatus())).map(c -> c.cacheClusterId())));
    List<String> records = new ArrayList<>();
    clients.route53().listHostedZones().hostedZones().forEach(z ->
        clients.route53().listResourceRecordSets(r -> r.hostedZoneId(z.id())).resourceRecordSets().stream()
            // A new zone's SOA and NS records come with it.
            .filter(s -> !s.typeAsString().equals("SOA") && !s.typeAsString().equals("NS"))
            .forEach(s -> records.add(z.name() + " " + s.name() + " " + s.typeAsString())));
    m.put("hosted-zone", ids(clients.route53().listHostedZones().hostedZones().stream().map(z -> z.id())));
    m.put("dns-record", ids(records.stream()));
    return m;
  }

  private static Set<String> ids(java.util.stream.Stream<String> s) {
    return s.collect(Collectors.toCollection(TreeSet::new));
  }
}
