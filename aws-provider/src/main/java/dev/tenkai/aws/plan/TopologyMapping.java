package dev.tenkai.aws.plan;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.RealizationInputs;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.model.DatabaseEngine;
import dev.tenkai.model.Topology;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one mapping from a core {@link Topology} to the AWS resources that realize it. Pure: no
 * AWS call; the zone names come in a {@link ZoneMap}. Plans, apply and a CloudFormation exporter
 * all read the same {@link DesiredStack}.
 *
 * <p>A classic load balancer in the model is realized as an application load balancer (the
 * classic ELB API is not part of this provider); the stack's notes and the resource's
 * {@code realizes} property say so.
 */
public final class TopologyMapping {
  /** Separates the items of a list-valued property. */
  public static final String LIST_SEPARATOR = ",";

  private TopologyMapping() {}

  /** The resources that realize {@code topology} in the options' region (else the topology's), zones mapped by {@code zones}. */
  public static DesiredStack map(Topology topology, ZoneMap zones, AwsOptions options) {
    return map(topology, options.connection().region().orElse(topology.region()), zones, options.realization());
  }

  /** The resources that realize {@code topology} in {@code region}, zones mapped by {@code zones}, with {@code inputs}. */
  public static DesiredStack map(Topology topology, String region, ZoneMap zones, RealizationInputs inputs) {
    StackDraft d = new StackDraft(topology, zones, inputs);
    NetworkMapping network = new NetworkMapping(d);
    ComputeMapping compute = new ComputeMapping(d);
    DataMapping data = new DataMapping(d);
    // The order of the calls is the order of the resources in the desired stack.
    network.vpcAndSubnets();
    compute.securityGroups();
    network.egress();
    network.routes();
    compute.bastion();
    compute.servers();
    new BalancingMapping(d).loadBalancers();
    data.databases();
    data.caches();
    new DnsMapping(d).zones();
    return new DesiredStack(topology.name(), region, zones, d.resources, d.notes);
  }

  // ---- logical ids, shared with handlers and tests ----

  /** The logical id of the tier's subnet in {@code zone}. */
  public static String subnetId(String tier, String zone) {
    return "subnet/" + tier + "/" + zone;
  }

  /** The logical id of {@code role}'s security group. */
  public static String securityGroupId(String role) {
    return "security-group/" + role;
  }

  /** The logical id of server {@code n} (1-based) of {@code group} in {@code zone}. */
  public static String instanceId(String group, String zone, int n) {
    return "instance/" + group + "/" + zone + "/" + n;
  }

  /** The logical id of the load balancer {@code name}. */
  public static String loadBalancerId(String name) {
    return "load-balancer/" + name;
  }

  /** The logical id of load balancer {@code name}'s target group. */
  public static String targetGroupId(String name) {
    return "target-group/" + name;
  }

  /** Joins list items in a stable order. */
  public static String list(Iterable<String> items) {
    Set<String> sorted = new TreeSet<>();
    items.forEach(sorted::add);
    return String.join(LIST_SEPARATOR, sorted);
  }

  /** Splits a list-valued property. */
  public static List<String> items(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return List.of(value.split(LIST_SEPARATOR));
  }

  /** RDS's name for {@code engine}: {@code mysql}, {@code mariadb}, {@code postgres}. */
  static String rdsEngine(DatabaseEngine engine) {
    return DataMapping.rdsEngine(engine);
  }
}
