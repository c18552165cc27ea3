package dev.tenkai.rules;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;

/**
 * The paths rules use to name a resource in findings, the same paths structural errors use (e.g.
 * {@code loadBalancers[web-lb]}); a suppression names its resource with one of them.
 */
public final class ResourcePath {
  private ResourcePath() {}

  /** {@code serverGroups[name]}. */
  public static String serverGroup(String name) {
    return "serverGroups[" + name + "]";
  }

  /** {@code loadBalancers[name]}. */
  public static String loadBalancer(String name) {
    return "loadBalancers[" + name + "]";
  }

  /** {@code databases[name]}. */
  public static String database(String name) {
    return "databases[" + name + "]";
  }

  /** {@code caches[name]}. */
  public static String cache(String name) {
    return "caches[" + name + "]";
  }

  /** {@code egress.nats[name]}. */
  public static String nat(String name) {
    return "egress.nats[" + name + "]";
  }

  /** {@code bastion}: a topology has at most one. */
  public static String bastion() {
    return "bastion";
  }

  /** {@code network.tiers[tier]}. */
  public static String tier(String tier) {
    return "network.tiers[" + tier + "]";
  }

  /** {@code network.tiers[tier].subnets[zone]}. */
  public static String subnet(String tier, String zone) {
    return tier(tier) + ".subnets[" + zone + "]";
  }

  /** {@code dnsZones[zone].records[name TYPE]}. */
  public static String dnsRecord(DnsZone zone, DnsRecord record) {
    return "dnsZones[" + zone.name() + "].records[" + record.name() + " " + record.type() + "]";
  }

  /** {@code firewallRules[index]}, the rule's position in the model. */
  public static String firewallRule(int index) {
    return "firewallRules[" + index + "]";
  }

  /** {@code account}: the account's limits. */
  public static String account() {
    return "account";
  }

  /** The path of the named resource of {@code topology}, whatever its kind. */
  public static String of(Topology topology, String resource) {
    ResourceKind kind = topology.resources().get(resource);
    if (kind == null) {
      throw new IllegalArgumentException(
          "no resource '" + resource + "' in topology " + topology.name());
    }
    switch (kind) {
      case SERVER_GROUP:
        return serverGroup(resource);
      case LOAD_BALANCER:
        return loadBalancer(resource);
      case DATABASE:
        return database(resource);
      case CACHE:
        return cache(resource);
      case NAT:
        return nat(resource);
      case BASTION:
        return bastion();
    }
    throw new AssertionError(kind);
  }
}
