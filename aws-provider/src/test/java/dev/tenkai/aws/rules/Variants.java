package dev.tenkai.aws.rules;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.ImmutableDnsZone;
import dev.tenkai.model.ImmutableTier;
import dev.tenkai.model.Network;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.ImmutableCache;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.Violation;
import java.util.List;
import java.util.function.UnaryOperator;

/** The modern reference deployment and one-change variants of it, for the rule tests. */
final class Variants {
  private Variants() {}

  static Topology modern() {
    return ReferenceTopologies.modern();
  }

  /** The modern reference with its load balancer changed by {@code change}. */
  static Topology withLoadBalancer(UnaryOperator<ImmutableLoadBalancer> change) {
    Topology t = modern();
    LoadBalancer lb = t.loadBalancer("web-lb").orElseThrow();
    return ImmutableTopology.copyOf(t).withLoadBalancers(change.apply(ImmutableLoadBalancer.copyOf(lb)));
  }

  /** The modern reference with its database changed by {@code change}. */
  static Topology withDatabase(UnaryOperator<ImmutableDatabase> change) {
    Topology t = modern();
    Database db = t.database("db").orElseThrow();
    return ImmutableTopology.copyOf(t).withDatabases(change.apply(ImmutableDatabase.copyOf(db)));
  }

  /** The modern reference with its cache changed by {@code change}. */
  static Topology withCache(UnaryOperator<ImmutableCache> change) {
    Topology t = modern();
    Cache c = t.cache("cache").orElseThrow();
    return ImmutableTopology.copyOf(t).withCaches(change.apply(ImmutableCache.copyOf(c)));
  }

  /** The modern reference renamed {@code name}. */
  static Topology named(String name) {
    return ImmutableTopology.copyOf(modern()).withName(name);
  }

  /** The modern reference on network {@code n}. */
  static Topology withNetwork(Network n) {
    return ImmutableTopology.copyOf(modern()).withNetwork(n);
  }

  /** The modern reference with {@code apex} instead of its apex record. */
  static Topology withApex(DnsRecord apex) {
    Topology t = modern();
    DnsZone zone = t.dnsZones().get(0);
    return ImmutableTopology.copyOf(t)
        .withDnsZones(ImmutableDnsZone.copyOf(zone).withRecords(apex, zone.records().get(1)));
  }

  /** A tier with one subnet per block, in zones a, c, ... in order. */
  static Tier tier(String name, TierKind kind, String... blocks) {
    List<String> zones = List.of("a", "c");
    ImmutableTier.Builder b =
        Tier.builder()
            .name(name)
            .kind(kind)
            .route(kind == TierKind.PUBLIC ? RouteIntent.INTERNET_GATEWAY : RouteIntent.NAT);
    for (int i = 0; i < blocks.length; i++) {
      b.addSubnets(Subnet.of(zones.get(i), blocks[i]));
    }
    return b.build();
  }

  /** What {@code rule} reports on {@code t}, as "resource: message" lines. */
  static List<String> check(Rule rule, Topology t) {
    return rule.check(RuleContext.of(t)).stream().map(Violation::toString).toList();
  }
}
