package dev.tenkai.dsl;

import dev.tenkai.model.Cidr;
import dev.tenkai.model.ImmutableNetwork;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Network;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.TierKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The private network: its block and its tiers, each one subnet per zone. A subnet not given
 * explicitly is carved from the network's block ({@link Cidr#carve}), in address order, skipping
 * every block already taken.
 *
 * <pre>{@code
 * t.network("10.0.0.0/16", n -> n
 *     .publicTier(p -> p.subnet("a", "10.0.0.0/24").subnet("c", "10.0.1.0/24"))
 *     .privateTier())   // carved: 10.0.2.0/24 in a, 10.0.3.0/24 in c
 * }</pre>
 */
public final class NetworkSpec {
  private final String cidr;
  private final List<TierSpec> tiers = new ArrayList<>();

  NetworkSpec(String cidr) {
    this.cidr = cidr;
  }

  /**
   * A public tier named {@code public}, routed to the internet gateway, one carved /24 per zone.
   *
   * <pre>{@code n.publicTier()}</pre>
   */
  public NetworkSpec publicTier() {
    return publicTier(p -> {});
  }

  /**
   * A public tier named {@code public}, routed to the internet gateway, shaped by {@code body}.
   *
   * <pre>{@code n.publicTier(p -> p.subnet("a", "10.0.0.0/24").subnet("c", "10.0.1.0/24"))}</pre>
   */
  public NetworkSpec publicTier(Consumer<TierSpec> body) {
    return tier("public", TierKind.PUBLIC, RouteIntent.INTERNET_GATEWAY, body);
  }

  /**
   * A private tier named {@code private}, routed to the NAT of each zone, one carved /24 per zone.
   *
   * <pre>{@code n.privateTier()}</pre>
   */
  public NetworkSpec privateTier() {
    return privateTier(p -> {});
  }

  /**
   * A private tier named {@code private}, routed to the NAT of each zone, shaped by {@code body}.
   *
   * <pre>{@code n.privateTier(p -> p.subnet("a", "10.0.10.0/24").subnet("c", "10.0.11.0/24"))}</pre>
   */
  public NetworkSpec privateTier(Consumer<TierSpec> body) {
    return tier("private", TierKind.PRIVATE, RouteIntent.NAT, body);
  }

  /**
   * Any other tier: its name, kind and default route, shaped by {@code body}.
   *
   * <pre>{@code n.tier("data", TierKind.PRIVATE, RouteIntent.NONE, d -> d.prefix(26))}</pre>
   */
  public NetworkSpec tier(String name, TierKind kind, RouteIntent route, Consumer<TierSpec> body) {
    TierSpec spec = new TierSpec(name, kind, route);
    body.accept(spec);
    tiers.add(spec);
    return this;
  }

  /** The first public tier's name: where load balancers, NATs and the bastion go by default. */
  String publicTierName() {
    return firstOf(TierKind.PUBLIC, "public");
  }

  /** The first private tier's name: where servers, databases and caches go by default. */
  String privateTierName() {
    return firstOf(TierKind.PRIVATE, "private");
  }

  private String firstOf(TierKind kind, String fallback) {
    return tiers.stream().filter(t -> t.kind() == kind).map(TierSpec::name).findFirst().orElse(fallback);
  }

  Network build(List<String> zones) {
    Cidr block = Cidr.parse(cidr, "network.cidr");
    List<Cidr> taken = new ArrayList<>();
    for (TierSpec t : tiers) {
      for (String c : t.explicitSubnets().values()) {
        // Malformed blocks are reported by the model, with their path.
        if (Cidr.isValid(c)) {
          taken.add(Cidr.parse(c, "network"));
        }
      }
    }
    ImmutableNetwork.Builder b = Network.builder().cidr(cidr);
    for (TierSpec t : tiers) {
      Map<String, String> subnets = new LinkedHashMap<>(t.explicitSubnets());
      for (String zone : t.zonesOr(zones)) {
        if (!subnets.containsKey(zone)) {
          Cidr carved = nextFree(block, t.prefix(), taken, "network.tiers[" + t.name() + "].subnets[" + zone + "]");
          taken.add(carved);
          subnets.put(zone, carved.toString());
        }
      }
      // Subnets in the topology's zone order, then any other zone, as written.
      List<Subnet> ordered = new ArrayList<>();
      zones.stream().filter(subnets::containsKey).forEach(z -> ordered.add(Subnet.of(z, subnets.get(z))));
      subnets.forEach((z, c) -> {
        if (!zones.contains(z)) {
          ordered.add(Subnet.of(z, c));
        }
      });
      b.addTier(t.build(ordered));
    }
    return b.build();
  }

  /** The first block of {@code prefix} bits inside {@code block} that overlaps nothing taken. */
  private static Cidr nextFree(Cidr block, int prefix, List<Cidr> taken, String path) {
    block.carve(prefix, 1, path); // reports a prefix that does not fit the network
    int max = available(block, prefix);
    int count = Math.min(taken.size() + 1, max);
    while (true) {
      for (Cidr c : block.carve(prefix, count, path)) {
        if (taken.stream().noneMatch(c::overlaps)) {
          return c;
        }
      }
      if (count == max) {
        throw new InvalidTopologyException(
            path, "no free /" + prefix + " block left in the network " + block);
      }
      // Taken blocks may be larger than the carved size: look further.
      count = (int) Math.min((long) count * 2, max);
    }
  }

  private static int available(Cidr block, int prefix) {
    int bits = prefix - block.prefixLength();
    return bits >= 30 ? 1 << 30 : 1 << bits;
  }
}
