package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.tenkai.model.DnsZone;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a failure leaves of a topology: each entry point's status, each tier's capacity, each load
 * balancer's backends, each database and cache, the subnets that lost egress, the bastion, and, for
 * diagrams, every resource's state and the graph edges that broke. Built by {@link ZoneFailure}.
 *
 * @param scenario what failed, for people, e.g. {@code "zone a"} or {@code "zones a, c"}
 * @param failedZones the zones that failed (empty when a single resource's placement failed)
 * @param entryPoints one outcome per DNS name, in model order
 * @param capacity one line per server group, then per cache
 * @param loadBalancers one outcome per load balancer
 * @param databases one outcome per database
 * @param caches one outcome per cache
 * @param lostEgress the surviving private subnets whose NAT is gone
 * @param management whether the bastion is still reachable
 * @param resourceStates the state of every graph node (resources and DNS names) except the
 *     internet, by node name
 * @param brokenEdges the graph edges with an end that is down
 */
public record Outage(
    String scenario,
    Set<String> failedZones,
    List<EntryPointOutcome> entryPoints,
    List<Capacity> capacity,
    List<BalancerOutcome> loadBalancers,
    List<DatabaseOutcome> databases,
    List<CacheOutcome> caches,
    List<LostEgress> lostEgress,
    Management management,
    Map<String, ResourceState> resourceStates,
    Set<BrokenEdge> brokenEdges) {
  /** Copies every collection, so the outage is immutable. */
  public Outage {
    failedZones = ImmutableSet.copyOf(failedZones);
    entryPoints = ImmutableList.copyOf(entryPoints);
    capacity = ImmutableList.copyOf(capacity);
    loadBalancers = ImmutableList.copyOf(loadBalancers);
    databases = ImmutableList.copyOf(databases);
    caches = ImmutableList.copyOf(caches);
    lostEgress = ImmutableList.copyOf(lostEgress);
    resourceStates = ImmutableMap.copyOf(resourceStates);
    brokenEdges = ImmutableSet.copyOf(brokenEdges);
  }

  /** The scenario as a clause: {@code "zone a fails"}, {@code "zones a, c fail"}. */
  public String whenClause() {
    return scenario + (failedZones.size() > 1 ? " fail" : " fails");
  }

  /** Whether every entry point still answers (perhaps degraded). */
  public boolean allEntryPointsServed() {
    return entryPoints.stream().allMatch(EntryPointOutcome::served);
  }

  /** The entry points that no longer answer. */
  public List<EntryPointOutcome> unavailableEntryPoints() {
    return entryPoints.stream().filter(e -> !e.served()).collect(ImmutableList.toImmutableList());
  }

  /** The outcome of the entry point {@code dnsName} (compared without case or trailing dot). */
  public EntryPointOutcome entryPoint(String dnsName) {
    String n = DnsZone.normalize(dnsName);
    return find(entryPoints, e -> e.name().equals(n), "entry point", dnsName);
  }

  /** The outcome of the load balancer {@code name}. */
  public BalancerOutcome loadBalancer(String name) {
    return find(loadBalancers, b -> b.name().equals(name), "load balancer", name);
  }

  /** The outcome of the database {@code name}. */
  public DatabaseOutcome database(String name) {
    return find(databases, d -> d.name().equals(name), "database", name);
  }

  /** The outcome of the cache {@code name}. */
  public CacheOutcome cache(String name) {
    return find(caches, c -> c.name().equals(name), "cache", name);
  }

  /** The capacity line of the server group or cache {@code resource}. */
  public Capacity capacityOf(String resource) {
    return find(capacity, c -> c.resource().equals(resource), "server group or cache", resource);
  }

  private <T> T find(List<T> items, Predicate<T> p, String what, String name) {
    return items.stream()
        .filter(p)
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException("no " + what + " '" + name + "' in outage of " + scenario));
  }
}
