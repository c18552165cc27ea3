package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A whole deployment: where it runs (region and logical zones), its network and every resource in
 * it. Built only when structurally sound (see {@link InvalidTopologyException}); whether it is wise
 * is for the validation rules to say.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTopology.class)
@JsonDeserialize(as = ImmutableTopology.class)
public abstract class Topology {
  /** The topology's name: the stack name providers tag resources with. */
  public abstract String name();

  /** The provider's region, e.g. {@code "ap-northeast-1"}. */
  public abstract String region();

  /**
   * The logical zones, e.g. {@code ["a", "c"]}. Mapping them to a provider's zone names or ids is
   * the provider's job.
   */
  public abstract List<String> zones();

  /** The network and its tiers. */
  public abstract Network network();

  /** How private hosts reach the internet. */
  @Value.Default
  public Egress egress() {
    return Egress.none();
  }

  /** The SSH entry point, if any. */
  public abstract Optional<Bastion> bastion();

  /** The web/app server groups. */
  public abstract List<ServerGroup> serverGroups();

  /** The load balancers. */
  public abstract List<LoadBalancer> loadBalancers();

  /** The relational databases. */
  public abstract List<Database> databases();

  /** The caches. */
  public abstract List<Cache> caches();

  /** The DNS zones. */
  public abstract List<DnsZone> dnsZones();

  /** The allowed flows; everything else is denied. */
  public abstract List<FirewallRule> firewallRules();

  /** What the service declares about itself. */
  @Value.Default
  public ServiceProfile service() {
    return ServiceProfile.builder().build();
  }

  /** What the account allows. */
  @Value.Default
  public AccountLimits account() {
    return AccountLimits.defaults();
  }

  @Value.Check
  protected void check() {
    TopologyChecks.verify(this);
  }

  /** Every named resource and its kind, in model order. */
  @Value.Lazy
  public Map<String, ResourceKind> resources() {
    ImmutableMap.Builder<String, ResourceKind> out = ImmutableMap.builder();
    egress().nats().forEach(n -> out.put(n.name(), ResourceKind.NAT));
    bastion().ifPresent(b -> out.put(b.name(), ResourceKind.BASTION));
    loadBalancers().forEach(lb -> out.put(lb.name(), ResourceKind.LOAD_BALANCER));
    serverGroups().forEach(g -> out.put(g.name(), ResourceKind.SERVER_GROUP));
    databases().forEach(d -> out.put(d.name(), ResourceKind.DATABASE));
    caches().forEach(c -> out.put(c.name(), ResourceKind.CACHE));
    return out.buildOrThrow();
  }

  /*
   * Name indexes behind the lookups below, built on first use. The graph and the analyses look
   * up every resource by name, so a scan of the list made them quadratic in the number of
   * resources (5,000 server groups: 2.1 s per zone-failure pass). The first entry of a name wins,
   * as the scan's findFirst did; the structural checks refuse duplicates anyway.
   */
  @Value.Lazy
  Map<String, ServerGroup> serverGroupsByName() {
    return byName(serverGroups(), ServerGroup::name);
  }

  @Value.Lazy
  Map<String, LoadBalancer> loadBalancersByName() {
    return byName(loadBalancers(), LoadBalancer::name);
  }

  @Value.Lazy
  Map<String, Database> databasesByName() {
    return byName(databases(), Database::name);
  }

  @Value.Lazy
  Map<String, Cache> cachesByName() {
    return byName(caches(), Cache::name);
  }

  /* Load balancers per backend: restart timelines and the analyses ask it once per group. */
  @Value.Lazy
  Map<String, List<LoadBalancer>> loadBalancersByBackend() {
    Map<String, List<LoadBalancer>> out = new LinkedHashMap<>();
    for (LoadBalancer lb : loadBalancers()) {
      for (String backend : lb.backends()) {
        List<LoadBalancer> of = out.computeIfAbsent(backend, k -> new ArrayList<>());
        if (!of.contains(lb)) {
          of.add(lb);
        }
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : items) {
      out.putIfAbsent(name.apply(item), item);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The Elastic IPs the topology holds, per resource, in model order: one for each NAT and for the
   * bastion that hold one, one for every server of a group with {@link ServerGroup#elasticIp()}.
   */
  @Value.Lazy
  public Map<String, Integer> elasticIps() {
    ImmutableMap.Builder<String, Integer> out = ImmutableMap.builder();
    egress().nats().stream().filter(Nat::elasticIp).forEach(n -> out.put(n.name(), 1));
    bastion().filter(Bastion::elasticIp).ifPresent(b -> out.put(b.name(), 1));
    serverGroups().stream().filter(ServerGroup::elasticIp).forEach(g -> out.put(g.name(), g.total()));
    return out.buildOrThrow();
  }

  /** How many Elastic IPs the topology holds in all (see {@link #elasticIps()}). */
  public int elasticIpCount() {
    return elasticIps().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The server group called {@code name}. */
  public Optional<ServerGroup> serverGroup(String name) {
    return Optional.ofNullable(serverGroupsByName().get(name));
  }

  /** The load balancer called {@code name}. */
  public Optional<LoadBalancer> loadBalancer(String name) {
    return Optional.ofNullable(loadBalancersByName().get(name));
  }

  /** The database called {@code name}. */
  public Optional<Database> database(String name) {
    return Optional.ofNullable(databasesByName().get(name));
  }

  /** The cache called {@code name}. */
  public Optional<Cache> cache(String name) {
    return Optional.ofNullable(cachesByName().get(name));
  }

  /** The load balancers with server group {@code group} among their backends, in model order. */
  public List<LoadBalancer> loadBalancersOf(String group) {
    return loadBalancersByBackend().getOrDefault(group, List.of());
  }

  /** The NAT called {@code name}. */
  public Optional<Nat> nat(String name) {
    return egress().nats().stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** The tier called {@code name}. */
  public Optional<Tier> tier(String name) {
    return network().tier(name);
  }

  /**
   * The zones the named resource occupies: a server group's or cache's zones with at least one
   * node, a load balancer's zones, a database's primary and standby, a NAT's or bastion's zone.
   */
  public List<String> zonesOf(String resource) {
    return ZonePlacement.zonesOf(this, resource);
  }

  /** A new builder. */
  public static ImmutableTopology.Builder builder() {
    return ImmutableTopology.builder();
  }
}
