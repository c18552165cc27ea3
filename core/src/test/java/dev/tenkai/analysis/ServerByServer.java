package dev.tenkai.analysis;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An independent, deliberately naive oracle for the property tests: it expands every server and
 * every load-balancer node one by one (no counts per zone, no waves, no graph) and counts what a
 * request could reach, after a zone failure or during a restart. The analyses must agree with it.
 */
final class ServerByServer {
  private ServerByServer() {}

  /** One server of a group. */
  private record Server(String group, String zone, int index) {}

  private static List<Server> servers(Topology t, ServerGroup g) {
    List<Server> out = new ArrayList<>();
    for (String z : t.zones()) {
      for (int i = 0; i < g.countIn(z); i++) {
        out.add(new Server(g.name(), z, i));
      }
    }
    return out;
  }

  /** Whether something other than a fronting load balancer sends the group requests. */
  private static boolean calledDirectly(Topology t, ServerGroup g) {
    for (DnsZone zone : t.dnsZones()) {
      for (DnsRecord r : zone.records()) {
        if (r.target().filter(g.name()::equals).isPresent()) {
          return true;
        }
      }
    }
    for (FirewallRule rule : t.firewallRules()) {
      if (rule.fromRole().isEmpty() || !rule.to().equals(g.name()) || rule.fromRole().get().equals(g.name())) {
        continue;
      }
      String from = rule.fromRole().get();
      boolean bastion = t.bastion().filter(b -> b.name().equals(from)).isPresent();
      boolean fronting = t.loadBalancer(from).filter(lb -> lb.backends().contains(g.name())).isPresent();
      if (!bastion && !fronting) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} receives requests with {@code failed} zones gone. */
  private static boolean reachable(Topology t, Server s, Set<String> failed) {
    if (failed.contains(s.zone())) {
      return false;
    }
    ServerGroup g = t.serverGroup(s.group()).orElseThrow();
    List<LoadBalancer> fronting = t.loadBalancers().stream().filter(lb -> lb.backends().contains(g.name())).toList();
    if (fronting.isEmpty() || calledDirectly(t, g)) {
      return true;
    }
    for (LoadBalancer lb : fronting) {
      for (String node : lb.zones()) {
        if (!failed.contains(node) && node.equals(s.zone())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The servers of {@code group} that receive requests once {@code failed} zones are gone. */
  static int capacity(Topology t, String group, Set<String> failed) {
    ServerGroup g = t.serverGroup(group).orElseThrow();
    int n = 0;
    for (Server s : servers(t, g)) {
      if (reachable(t, s, failed)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The fewest servers of {@code group} receiving requests while its own restart policy runs in
   * place: servers listed zone after zone, cut into batches, each batch out while it restarts.
   */
  static int restartMinimum(Topology t, String group) {
    ServerGroup g = t.serverGroup(group).orElseThrow();
    List<Server> all = servers(t, g);
    List<List<Server>> batches = new ArrayList<>();
    switch (g.restartPolicy().strategy()) {
      case ALL_AT_ONCE -> batches.add(all);
      case ZONE_BY_ZONE -> {
        for (String z : t.zones()) {
          List<Server> inZone = all.stream().filter(s -> s.zone().equals(z)).toList();
          if (!inZone.isEmpty()) {
            batches.add(inZone);
          }
        }
      }
      case BATCHES -> {
        int k = g.restartPolicy().batchSize();
        for (int i = 0; i < all.size(); i += k) {
          batches.add(all.subList(i, Math.min(all.size(), i + k)));
        }
      }
    }
    int min = Integer.MAX_VALUE;
    for (List<Server> batch : batches) {
      int inService = 0;
      for (Server s : all) {
        if (!batch.contains(s) && reachable(t, s, Set.of())) {
          inService++;
        }
      }
      min = Math.min(min, inService);
    }
    return min == Integer.MAX_VALUE ? capacity(t, group, Set.of()) : min;
  }
}
