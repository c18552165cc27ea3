package dev.tenkai.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the model a finding is, or what a suppression names: {@code loadBalancers[web-lb]},
 * {@code network.tiers[private].subnets[a]}, {@code firewall/web-lb->web:80}. Its text is stable:
 * it names an element by what it is, never by its position, so a suppression survives reordering
 * the model; the text is what reports print and suppressions are matched on.
 */
public final class ResourcePath {
  /** The old positional form of a firewall rule, refused in suppressions. */
  private static final Pattern FIREWALL_INDEX = Pattern.compile("firewallRules\\[(\\d+)\\].*");

  private final String text;

  private ResourcePath(String text) {
    this.text = text;
  }

  /**
   * The path written as {@code text}, as a user gives it in a suppression.
   *
   * @throws IllegalArgumentException when it is blank or names a firewall rule by its position
   */
  public static ResourcePath parse(String text) {
    checkArgument(text != null && !text.isBlank(), "a resource path is required, got '%s'", text);
    String t = text.strip();
    Matcher index = FIREWALL_INDEX.matcher(t);
    checkArgument(!index.matches(),
        "'%s' names firewall rule %s by its position, which changes when rules are reordered; name it by"
            + " source, destination and ports as reports print it, e.g. firewall/web-lb->web:80 or"
            + " firewall/0.0.0.0/0->web-lb:443",
        t, index.matches() ? index.group(1) : "");
    return new ResourcePath(t);
  }

  /** {@code serverGroups[name]}. */
  public static ResourcePath serverGroup(String name) {
    return new ResourcePath("serverGroups[" + name + "]");
  }

  /** {@code loadBalancers[name]}. */
  public static ResourcePath loadBalancer(String name) {
    return new ResourcePath("loadBalancers[" + name + "]");
  }

  /** {@code loadBalancers[name].listeners[port]}. */
  public static ResourcePath listener(String loadBalancer, int port) {
    return new ResourcePath(loadBalancer(loadBalancer).text + ".listeners[" + port + "]");
  }

  /** {@code databases[name]}. */
  public static ResourcePath database(String name) {
    return new ResourcePath("databases[" + name + "]");
  }

  /** {@code caches[name]}. */
  public static ResourcePath cache(String name) {
    return new ResourcePath("caches[" + name + "]");
  }

  /** {@code egress.nats[name]}. */
  public static ResourcePath nat(String name) {
    return new ResourcePath("egress.nats[" + name + "]");
  }

  /** {@code bastion}: a topology has at most one. */
  public static ResourcePath bastion() {
    return new ResourcePath("bastion");
  }

  /** {@code network}: the network as a whole (its block). */
  public static ResourcePath network() {
    return new ResourcePath("network");
  }

  /** {@code zones}: the topology's list of zones. */
  public static ResourcePath zones() {
    return new ResourcePath("zones");
  }

  /** {@code network.tiers[tier]}. */
  public static ResourcePath tier(String tier) {
    return new ResourcePath("network.tiers[" + tier + "]");
  }

  /** {@code network.tiers[tier].subnets[zone]}. */
  public static ResourcePath subnet(String tier, String zone) {
    return new ResourcePath(tier(tier).text + ".subnets[" + zone + "]");
  }

  /** {@code dnsZones[zone].records[name TYPE]}. */
  public static ResourcePath dnsRecord(DnsZone zone, DnsRecord record) {
    return new ResourcePath("dnsZones[" + zone.name() + "].records[" + record.name() + " " + record.type() + "]");
  }

  /**
   * {@code firewall/source->destination:ports}, e.g. {@code firewall/web-lb->web:80},
   * {@code firewall/0.0.0.0/0->web:8000-8100}, {@code firewall/web->dns:udp:53},
   * {@code firewall/web->db:icmp}: the rule named by what it allows, not by its position. Two rules
   * allowing the same flow have the same path; they are one flow.
   */
  public static ResourcePath firewallRule(FirewallRule rule) {
    return new ResourcePath("firewall/" + rule.source() + "->" + rule.to() + ":" + ports(rule));
  }

  private static String ports(FirewallRule r) {
    String range = r.fromPort() == r.toPort() ? "" + r.fromPort() : r.fromPort() + "-" + r.toPort();
    return switch (r.protocol()) {
      case TCP -> range;
      case UDP -> "udp:" + range;
      case ICMP -> "icmp";
      case ALL -> "all";
    };
  }

  /** {@code account}: the account's limits. */
  public static ResourcePath account() {
    return new ResourcePath("account");
  }

  /** The path of the named resource of {@code topology}, whatever its kind. */
  public static ResourcePath of(Topology topology, String resource) {
    var kind = topology.resources().get(resource);
    checkArgument(kind != null, "no resource '%s' in topology %s", resource, topology.name());
    return switch (kind) {
      case SERVER_GROUP -> serverGroup(resource);
      case LOAD_BALANCER -> loadBalancer(resource);
      case DATABASE -> database(resource);
      case CACHE -> cache(resource);
      case NAT -> nat(resource);
      case BASTION -> bastion();
    };
  }

  /** A part of this element, e.g. {@code loadBalancers[web-lb].healthCheck}. */
  public ResourcePath field(String name) {
    checkArgument(name.matches("[A-Za-z][A-Za-z0-9]*"), "a field name is a word, got '%s'", name);
    return new ResourcePath(text + "." + name);
  }

  /**
   * Every element of {@code topology} a finding may name: the zones, the network, its tiers and
   * subnets, each resource and load-balancer listener, DNS zone, DNS record and firewall rule, and
   * the account.
   */
  public static ImmutableSet<ResourcePath> elementsOf(Topology topology) {
    ImmutableSet.Builder<ResourcePath> out = ImmutableSet.builder();
    out.add(zones(), network(), account());
    for (Tier tier : topology.network().tiers()) {
      out.add(tier(tier.name()));
      for (Subnet s : tier.subnets()) {
        out.add(subnet(tier.name(), s.zone()));
      }
    }
    topology.resources().keySet().forEach(name -> out.add(of(topology, name)));
    topology.loadBalancers().forEach(lb -> lb.listeners().forEach(l -> out.add(listener(lb.name(), l.port()))));
    for (DnsZone zone : topology.dnsZones()) {
      out.add(new ResourcePath("dnsZones[" + zone.name() + "]"));
      zone.records().forEach(r -> out.add(dnsRecord(zone, r)));
    }
    topology.firewallRules().forEach(r -> out.add(firewallRule(r)));
    return out.build();
  }

  /** Whether this path names an element of {@code topology}, or a field of one. */
  public boolean resolvesIn(Topology topology) {
    ImmutableSet<ResourcePath> elements = elementsOf(topology);
    if (elements.contains(this)) {
      return true;
    }
    int dot = text.lastIndexOf('.');
    return dot > 0 && text.substring(dot + 1).matches("[A-Za-z][A-Za-z0-9]*")
        && new ResourcePath(text.substring(0, dot)).resolvesIn(topology);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourcePath && ((ResourcePath) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /** The path's stable text, as reports print it and suppressions give it. */
  @Override
  public String toString() {
    return text;
  }
}
