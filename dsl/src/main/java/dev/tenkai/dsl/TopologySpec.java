package dev.tenkai.dsl;

import static dev.tenkai.model.InvalidTopologyException.check;

import dev.tenkai.model.AccountLimits;
import dev.tenkai.model.ImmutableAccountLimits;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A whole topology: where it runs, its network and every resource in it. Obtained from {@link
 * Tenkai#topology(String, Consumer)}.
 *
 * <pre>{@code
 * Tenkai.topology("shop", t -> t
 *     .region("ap-northeast-1")
 *     .zones("a", "c")
 *     .network("10.0.0.0/16", n -> n.publicTier().privateTier())
 *     .egress(e -> e.natGatewayPerZone())
 *     .bastion(b -> b.instanceClass("t3.micro").allowSshFrom("203.0.113.0/24")));
 * }</pre>
 */
public final class TopologySpec {
  private final String name;
  private String region;
  private final List<String> zones = new ArrayList<>();
  private NetworkSpec network;
  private EgressSpec egress;
  private BastionSpec bastion;
  private final List<ServerGroupSpec> serverGroups = new ArrayList<>();
  private final List<LoadBalancerSpec> loadBalancers = new ArrayList<>();
  private final List<DatabaseSpec> databases = new ArrayList<>();
  private final List<CacheSpec> caches = new ArrayList<>();
  private final List<DnsZoneSpec> dnsZones = new ArrayList<>();
  private final FirewallRules firewall = new FirewallRules();
  private ServiceSpec service;
  private Integer elasticIpQuota;

  TopologySpec(String name) {
    this.name = name;
  }

  /**
   * The provider's region.
   *
   * <pre>{@code t.region("ap-northeast-1")}</pre>
   */
  public TopologySpec region(String region) {
    this.region = region;
    return this;
  }

  /**
   * The logical zones, in order; the first is where single resources (bastion, single NAT,
   * database primary) go unless told otherwise.
   *
   * <pre>{@code t.zones("a", "c")}</pre>
   */
  public TopologySpec zones(String... zones) {
    this.zones.addAll(List.of(zones));
    return this;
  }

  /**
   * The network: its block and tiers.
   *
   * <pre>{@code t.network("10.0.0.0/16", n -> n.publicTier().privateTier())}</pre>
   */
  public TopologySpec network(String cidr, Consumer<NetworkSpec> body) {
    NetworkSpec spec = new NetworkSpec(cidr);
    body.accept(spec);
    this.network = spec;
    return this;
  }

  /**
   * How private hosts reach the internet; without it, they cannot.
   *
   * <pre>{@code t.egress(e -> e.natGatewayPerZone())}</pre>
   */
  public TopologySpec egress(Consumer<EgressSpec> body) {
    EgressSpec spec = new EgressSpec();
    body.accept(spec);
    this.egress = spec;
    return this;
  }

  /**
   * The SSH entry point.
   *
   * <pre>{@code t.bastion(b -> b.in("a").instanceClass("t3.micro").allowSshFrom("203.0.113.0/24"))}</pre>
   */
  public TopologySpec bastion(Consumer<BastionSpec> body) {
    BastionSpec spec = new BastionSpec();
    body.accept(spec);
    this.bastion = spec;
    return this;
  }

  /**
   * A group of web/app servers.
   *
   * <pre>{@code t.serverGroup("web", g -> g.perZone(2).instanceClass("c6i.large").behind("web-lb"))}</pre>
   */
  public TopologySpec serverGroup(String name, Consumer<ServerGroupSpec> body) {
    ServerGroupSpec spec = new ServerGroupSpec(name);
    body.accept(spec);
    serverGroups.add(spec);
    return this;
  }

  /**
   * A load balancer; it serves every zone of the topology unless told otherwise.
   *
   * <pre>{@code t.loadBalancer("web-lb", lb -> lb.http(80).healthCheck(h -> h.path("/health")))}</pre>
   */
  public TopologySpec loadBalancer(String name, Consumer<LoadBalancerSpec> body) {
    LoadBalancerSpec spec = new LoadBalancerSpec(name);
    body.accept(spec);
    loadBalancers.add(spec);
    return this;
  }

  /**
   * A relational database.
   *
   * <pre>{@code t.database("db", d -> d.mysql("8.0").instanceClass("db.m6g.large").primaryIn("a").standbyIn("c"))}</pre>
   */
  public TopologySpec database(String name, Consumer<DatabaseSpec> body) {
    DatabaseSpec spec = new DatabaseSpec(name);
    body.accept(spec);
    databases.add(spec);
    return this;
  }

  /**
   * A cache.
   *
   * <pre>{@code
   * t.cache("cache", c -> c.redis("7.1").instanceClass("cache.m6g.large")
   *     .perZone(1).replicated().longestExpiry(Duration.ofDays(60)))
   * }</pre>
   */
  public TopologySpec cache(String name, Consumer<CacheSpec> body) {
    CacheSpec spec = new CacheSpec(name);
    body.accept(spec);
    caches.add(spec);
    return this;
  }

  /**
   * A DNS zone and its records. The body returns the zone spec, so a record left without a
   * target does not compile; in a block lambda, where it can be dropped, it fails {@link #build()}.
   *
   * <pre>{@code
   * t.dns("example.jp", z -> z
   *     .apex().aliasTo("web-lb")
   *     .record("www").cnameTo("web-lb", Duration.ofMinutes(5)))
   * }</pre>
   */
  public TopologySpec dns(String zone, UnaryOperator<DnsZoneSpec> body) {
    DnsZoneSpec spec = new DnsZoneSpec(zone);
    body.apply(spec);
    dnsZones.add(spec);
    return this;
  }

  /**
   * Allowed flows, read as sentences; everything else is denied. The body returns the firewall, so
   * a rule left without its ports does not compile; in a block lambda, where it can be dropped, it
   * fails {@link #build()} naming the rule. May be called more than once; rules keep their order.
   *
   * <pre>{@code
   * t.firewall(fw -> fw
   *     .allowInternet().to("web-lb").on(80)
   *     .allow("web-lb").to("web").on(80))
   * }</pre>
   */
  public TopologySpec firewall(UnaryOperator<Firewall> body) {
    body.apply(firewall);
    return this;
  }

  /**
   * What the service declares about itself.
   *
   * <pre>{@code t.service(s -> s.confidentialData().peakHours(ZoneId.of("Asia/Tokyo"), LocalTime.of(13, 0), LocalTime.of(1, 0)))}</pre>
   */
  public TopologySpec service(Consumer<ServiceSpec> body) {
    ServiceSpec spec = new ServiceSpec();
    body.accept(spec);
    this.service = spec;
    return this;
  }

  /**
   * The account's Elastic IP quota in the region (the model's default is AWS's 5).
   *
   * <pre>{@code t.elasticIpQuota(10)}</pre>
   */
  public TopologySpec elasticIpQuota(int quota) {
    this.elasticIpQuota = quota;
    return this;
  }

  /**
   * Resolves every default against the zones and tiers and builds the model.
   *
   * <pre>{@code Topology t = Tenkai.topology("shop").region("ap-northeast-1").zones("a")
   *     .network("10.0.0.0/16", n -> n.publicTier()).build();}</pre>
   *
   * @throws InvalidTopologyException naming the place and the value, for anything that cannot exist
   */
  public Topology build() {
    check(region != null, "region", "a region is required, e.g. region(\"ap-northeast-1\")");
    check(!zones.isEmpty(), "zones", "at least one zone is required, e.g. zones(\"a\", \"c\")");
    check(
        network != null,
        "network",
        "a network is required, e.g. network(\"10.0.0.0/16\", n -> n.publicTier().privateTier())");
    Layout layout = new Layout(zones, network.publicTierName(), network.privateTierName());
    ImmutableTopology.Builder b =
        Topology.builder().name(name).region(region).zones(zones).network(network.build(zones));
    if (egress != null) {
      b.egress(egress.build(layout));
    }
    if (bastion != null) {
      b.bastion(bastion.build(layout));
    }
    Map<String, List<String>> behind = backendsByLoadBalancer();
    serverGroups.forEach(g -> b.addServerGroup(g.build(layout)));
    loadBalancers.forEach(
        lb -> b.addLoadBalancer(lb.build(layout, behind.getOrDefault(lb.name(), List.of()))));
    databases.forEach(d -> b.addDatabase(d.build(layout)));
    caches.forEach(c -> b.addCache(c.build(layout)));
    dnsZones.forEach(z -> b.addDnsZone(z.build()));
    b.firewallRules(firewall.build());
    if (service != null) {
      b.service(service.build());
    }
    if (elasticIpQuota != null) {
      b.account(ImmutableAccountLimits.copyOf(AccountLimits.defaults()).withElasticIpQuota(elasticIpQuota));
    }
    return b.build();
  }

  /** The server groups each load balancer has in front of it, from their {@code behind(...)}. */
  private Map<String, List<String>> backendsByLoadBalancer() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ServerGroupSpec g : serverGroups) {
      for (String lb : g.behind()) {
        check(
            loadBalancers.stream().anyMatch(l -> l.name().equals(lb)),
            "serverGroups[" + g.name() + "].behind",
            "unknown load balancer '%s'",
            lb);
        out.computeIfAbsent(lb, k -> new ArrayList<>()).add(g.name());
      }
    }
    return out;
  }
}
