package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * What one entry point (a DNS name) reaches from the internet, following traffic: the load
 * balancers and the zones of their standing nodes, the server groups and their reachable servers
 * per zone, the databases and caches. See {@link Reachability}.
 *
 * @param name the DNS name
 * @param loadBalancers each load balancer reached, with the zones of its standing nodes
 * @param serverGroups each server group reached, with its reachable servers per zone
 * @param databases the databases reached
 * @param caches the caches reached
 * @param unreachableTargets the record targets the internet cannot reach, each with the reason
 */
public record EntryPointReach(
    String name,
    Map<String, List<String>> loadBalancers,
    Map<String, Map<String, Integer>> serverGroups,
    List<String> databases,
    List<String> caches,
    List<String> unreachableTargets) {
  /** Copies every collection, so the reach is immutable. */
  public EntryPointReach {
    loadBalancers = ImmutableMap.copyOf(loadBalancers);
    serverGroups = ImmutableMap.copyOf(serverGroups);
    databases = ImmutableList.copyOf(databases);
    caches = ImmutableList.copyOf(caches);
    unreachableTargets = ImmutableList.copyOf(unreachableTargets);
  }
}
