package dev.tenkai.benchmarks;

import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableDnsRecord;
import dev.tenkai.model.ImmutableDnsZone;
import dev.tenkai.model.ImmutableFirewallRule;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RecordType;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Topologies that grow in the number of resources rather than in servers per group: the modern
 * reference plus {@code groups} internal server groups {@code app-0 .. app-(groups-1)}, each
 * reachable from {@code web} on port 8080 through its own firewall rule and named by its own
 * {@code app-i.<zone>} DNS record.
 */
public final class WideTopologies {
  private WideTopologies() {}

  /**
   * The modern reference with {@code groups} more server groups, firewall rules and DNS records.
   *
   * @throws IllegalArgumentException when {@code groups} is negative
   */
  public static Topology wide(int groups) {
    if (groups < 0) {
      throw new IllegalArgumentException("groups must not be negative, got " + groups);
    }
    Topology modern = ReferenceDeployment.modern();
    ServerGroup web = modern.serverGroup("web").orElseThrow();
    DnsZone zone = modern.dnsZones().get(0);
    List<ServerGroup> serverGroups = new ArrayList<>(modern.serverGroups());
    List<FirewallRule> rules = new ArrayList<>(modern.firewallRules());
    List<DnsRecord> records = new ArrayList<>(zone.records());
    for (int i = 0; i < groups; i++) {
      String name = "app-" + i;
      serverGroups.add(ImmutableServerGroup.copyOf(web).withName(name).withPort(8080));
      rules.add(
          ImmutableFirewallRule.builder()
              .to(name)
              .fromRole(web.name())
              .fromPort(8080)
              .toPort(8080)
              .description("web calls " + name)
              .build());
      records.add(
          ImmutableDnsRecord.builder()
              .name(name + "." + zone.name())
              .type(RecordType.A)
              .addValues("192.0.2." + (i % 250 + 1))
              .build());
    }
    return ImmutableTopology.copyOf(modern)
        .withName("wide")
        .withServerGroups(serverGroups)
        .withFirewallRules(rules)
        .withDnsZones(ImmutableDnsZone.copyOf(zone).withRecords(records));
  }
}
