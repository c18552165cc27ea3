package dev.tenkai.dsl;

import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tier of the network: one subnet per zone, given explicitly or carved from the network.
 * Without {@link #zones(String...)} a tier spans every zone of the topology, unless subnets are
 * given explicitly, in which case it spans exactly their zones.
 *
 * <pre>{@code n.privateTier(p -> p.prefix(22))}</pre>
 */
public final class TierSpec {
  private final TierKind kind;
  private String name;
  private RouteIntent route;
  private final Map<String, String> subnets = new LinkedHashMap<>();
  private final List<String> zones = new ArrayList<>();
  private int prefix = 24;

  TierSpec(String name, TierKind kind, RouteIntent route) {
    this.name = name;
    this.kind = kind;
    this.route = route;
  }

  /**
   * Renames the tier (resources find the first public and first private tier by themselves).
   *
   * <pre>{@code p.name("dmz")}</pre>
   */
  public TierSpec name(String name) {
    this.name = name;
    return this;
  }

  /**
   * The tier's subnet in {@code zone}, written out.
   *
   * <pre>{@code p.subnet("a", "10.0.0.0/24")}</pre>
   */
  public TierSpec subnet(String zone, String cidr) {
    subnets.put(zone, cidr);
    return this;
  }

  /**
   * The zones the tier spans, when not every zone of the topology; missing subnets are carved.
   *
   * <pre>{@code p.zones("a")}</pre>
   */
  public TierSpec zones(String... zones) {
    this.zones.addAll(List.of(zones));
    return this;
  }

  /**
   * The size of carved subnets (default /24).
   *
   * <pre>{@code p.prefix(20)}</pre>
   */
  public TierSpec prefix(int prefix) {
    this.prefix = prefix;
    return this;
  }

  /**
   * Where the tier's default route points (public: internet gateway; private: NAT).
   *
   * <pre>{@code p.route(RouteIntent.NONE)}</pre>
   */
  public TierSpec route(RouteIntent route) {
    this.route = route;
    return this;
  }

  /**
   * No default route at all: hosts in the tier neither reach nor are reached from the internet.
   *
   * <pre>{@code p.isolated()}</pre>
   */
  public TierSpec isolated() {
    return route(RouteIntent.NONE);
  }

  String name() {
    return name;
  }

  TierKind kind() {
    return kind;
  }

  int prefix() {
    return prefix;
  }

  Map<String, String> explicitSubnets() {
    return subnets;
  }

  List<String> zonesOr(List<String> topologyZones) {
    if (!zones.isEmpty()) {
      return zones;
    }
    return subnets.isEmpty() ? topologyZones : List.copyOf(subnets.keySet());
  }

  Tier build(List<Subnet> subnets) {
    return Tier.builder().name(name).kind(kind).route(route).subnets(subnets).build();
  }
}
