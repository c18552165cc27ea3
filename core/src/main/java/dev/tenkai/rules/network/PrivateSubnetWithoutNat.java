package dev.tenkai.rules.network;

import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** Hosts in a NAT-routed subnet whose zone no NAT serves. */
@RuleInfo(
    id = "TK-NET-001",
    severity = Severity.ERROR,
    summary = "Hosts in a NAT-routed private subnet have no NAT serving their zone",
    rationale =
        "Seed lessons 6 and 8: private hosts reach the internet (updates, external APIs) only through a route"
            + " to a NAT; the internet gateway does not give them access. A tier that expects a NAT but has none"
            + " in a zone leaves that zone's hosts without egress.",
    remediation = "Add a NAT serving the zone (a managed NAT gateway per zone), or route the tier to none.")
public final class PrivateSubnetWithoutNat implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (Tier tier : t.network().tiers()) {
      if (tier.route() != RouteIntent.NAT) {
        continue;
      }
      for (String zone : t.zones()) {
        if (tier.subnetIn(zone).isEmpty() || t.egress().natServing(zone).isPresent()) {
          continue;
        }
        List<String> hosts = hostsIn(t, tier.name(), zone);
        if (!hosts.isEmpty()) {
          out.add(Violation.at(ResourcePath.subnet(tier.name(), zone),
              "tier %s routes to a NAT, but no NAT serves zone %s, where it hosts %s",
              tier.name(), zone, String.join(", ", hosts)));
        }
      }
    }
    return out;
  }

  /** The hosts that live in {@code tier} in {@code zone}: servers, self-run caches, the bastion. */
  private static List<String> hostsIn(Topology t, String tier, String zone) {
    List<String> hosts = new ArrayList<>();
    for (ServerGroup g : t.serverGroups()) {
      if (g.tier().equals(tier) && g.countIn(zone) > 0) {
        hosts.add("server group " + g.name());
      }
    }
    for (Cache c : t.caches()) {
      if (c.hosting() == CacheHosting.SELF_RUN && c.tier().equals(tier)
          && c.nodesPerZone().getOrDefault(zone, 0) > 0) {
        hosts.add("cache " + c.name());
      }
    }
    t.bastion().filter(b -> b.tier().equals(tier) && b.zone().equals(zone))
        .ifPresent(b -> hosts.add("bastion " + b.name()));
    return hosts;
  }
}
