package dev.tenkai.rules;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableCache;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shortcuts for rule tests: run one rule, and derive a variant of the modern reference topology
 * by changing one of its resources.
 */
public final class RuleTesting {
  private RuleTesting() {}

  /** The violations {@code rule} finds in {@code topology}. */
  public static List<Violation> violations(Rule rule, Topology topology) {
    return rule.check(RuleContext.of(topology));
  }

  /** Their messages. */
  public static List<String> messages(Rule rule, Topology topology) {
    return violations(rule, topology).stream().map(Violation::message).collect(Collectors.toList());
  }

  /** The modern reference deployment. */
  public static ImmutableTopology modern() {
    return ImmutableTopology.copyOf(ReferenceTopologies.modern());
  }

  /** The 2012 reference deployment. */
  public static ImmutableTopology of2012() {
    return ImmutableTopology.copyOf(ReferenceTopologies.of2012());
  }

  /** {@code t} with its first server group changed by {@code change}. */
  public static ImmutableTopology withWeb(Topology t, Function<ImmutableServerGroup, ServerGroup> change) {
    List<ServerGroup> groups = new ArrayList<>(t.serverGroups());
    groups.set(0, change.apply(ImmutableServerGroup.copyOf(groups.get(0))));
    return ImmutableTopology.copyOf(t).withServerGroups(groups);
  }

  /** {@code t} with its first load balancer changed by {@code change}. */
  public static ImmutableTopology withLb(Topology t, Function<ImmutableLoadBalancer, LoadBalancer> change) {
    List<LoadBalancer> lbs = new ArrayList<>(t.loadBalancers());
    lbs.set(0, change.apply(ImmutableLoadBalancer.copyOf(lbs.get(0))));
    return ImmutableTopology.copyOf(t).withLoadBalancers(lbs);
  }

  /** {@code t} with its first database changed by {@code change}. */
  public static ImmutableTopology withDb(Topology t, Function<ImmutableDatabase, Database> change) {
    List<Database> dbs = new ArrayList<>(t.databases());
    dbs.set(0, change.apply(ImmutableDatabase.copyOf(dbs.get(0))));
    return ImmutableTopology.copyOf(t).withDatabases(dbs);
  }

  /** {@code t} with its first cache changed by {@code change}. */
  public static ImmutableTopology withCache(Topology t, Function<ImmutableCache, Cache> change) {
    List<Cache> caches = new ArrayList<>(t.caches());
    caches.set(0, change.apply(ImmutableCache.copyOf(caches.get(0))));
    return ImmutableTopology.copyOf(t).withCaches(caches);
  }

  /** {@code t} with {@code rule} appended to its firewall rules (its index is the old rule count). */
  public static ImmutableTopology withFirewallRule(Topology t, FirewallRule rule) {
    List<FirewallRule> rules = new ArrayList<>(t.firewallRules());
    rules.add(rule);
    return ImmutableTopology.copyOf(t).withFirewallRules(rules);
  }
}
