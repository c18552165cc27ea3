package dev.tenkai.examples;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableDnsZone;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modern reference deployment with any number of services: the dimension along which Tenkai's
 * work grows (resources), where {@link ScaledTopologies} grows servers (counts).
 *
 * <p>Service {@code svc-i} is a server group of one server per zone on port 8080, a backend of the
 * reference's load balancer {@code web-lb}, with its own firewall rules ({@code web-lb} to it on
 * 8080, it to the database on 3306) and its own DNS record ({@code svc-i.example.jp}, an alias of
 * {@code web-lb}). The model has no listener rules (a load balancer forwards to all its backends),
 * so the host-name rule that routes {@code svc-i.example.jp} to its group on AWS has no counterpart
 * here; the CDK app of {@code benchmarks/compare-cdk.sh} writes it. Everything else is exactly
 * {@link ReferenceDeployment#modern()}.
 *
 * <pre>{@code Topology t = WideTopologies.wide(1_000);}</pre>
 */
public final class WideTopologies {
  /** The port each service listens on. */
  public static final int SERVICE_PORT = 8080;

  private WideTopologies() {}

  /**
   * The modern reference, named {@code wide}, with {@code services} services {@code svc-0 ..}.
   *
   * @throws InvalidTopologyException when {@code services} is negative
   */
  public static Topology wide(int services) {
    if (services < 0) {
      throw new InvalidTopologyException("services", "must not be negative, got " + services);
    }
    Topology modern = ReferenceDeployment.modern();
    ServerGroup web = modern.serverGroup("web").orElseThrow();
    LoadBalancer lb = modern.loadBalancer("web-lb").orElseThrow();
    String db = modern.databases().get(0).name();
    DnsZone zone = modern.dnsZones().get(0);
    Map<String, Integer> onePerZone = new LinkedHashMap<>();
    modern.zones().forEach(z -> onePerZone.put(z, 1));
    List<ServerGroup> groups = new ArrayList<>(modern.serverGroups());
    List<String> backends = new ArrayList<>(lb.backends());
    List<FirewallRule> rules = new ArrayList<>(modern.firewallRules());
    List<DnsRecord> records = new ArrayList<>(zone.records());
    for (int i = 0; i < services; i++) {
      String name = "svc-" + i;
      groups.add(
          ImmutableServerGroup.copyOf(web)
              .withName(name)
              .withPort(SERVICE_PORT)
              .withCountPerZone(onePerZone)
              .withMinimumInService(1)
              .withSoftware("service " + i));
      backends.add(name);
      rules.add(FirewallRule.allow(lb.name(), name, SERVICE_PORT));
      rules.add(FirewallRule.allow(name, db, 3306));
      records.add(DnsRecord.aliasA(name + "." + zone.name(), lb.name()));
    }
    // One builder, so the structural checks run once (each with* of a copy runs them again).
    return ImmutableTopology.builder()
        .from(modern)
        .name("wide")
        .serverGroups(groups)
        .loadBalancers(List.of(ImmutableLoadBalancer.copyOf(lb).withBackends(backends)))
        .firewallRules(rules)
        .dnsZones(List.of(ImmutableDnsZone.copyOf(zone).withRecords(records)))
        .build();
  }
}
