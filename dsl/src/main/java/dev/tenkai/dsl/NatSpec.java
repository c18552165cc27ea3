package dev.tenkai.dsl;

import dev.tenkai.model.ImmutableNat;
import dev.tenkai.model.Nat;
import dev.tenkai.model.NatKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One NAT. Unless told otherwise it lives in the first zone, in the first public tier, serves
 * every zone and holds an Elastic IP.
 *
 * <pre>{@code e.singleNatInstance("m1.small").in("a").named("nat")}</pre>
 */
public final class NatSpec {
  private final NatKind kind;
  private String name;
  private String zone;
  private String tier;
  private final List<String> serves = new ArrayList<>();
  private String instanceClass;
  private Boolean elasticIp;

  NatSpec(String name, NatKind kind) {
    this.name = name;
    this.kind = kind;
  }

  /**
   * Renames the NAT.
   *
   * <pre>{@code n.named("nat-main")}</pre>
   */
  public NatSpec named(String name) {
    this.name = name;
    return this;
  }

  /**
   * The zone the NAT lives in.
   *
   * <pre>{@code n.in("c")}</pre>
   */
  public NatSpec in(String zone) {
    this.zone = zone;
    return this;
  }

  /**
   * The public tier it lives in, when not the first public tier.
   *
   * <pre>{@code n.tier("edge")}</pre>
   */
  public NatSpec tier(String tier) {
    this.tier = tier;
    return this;
  }

  /**
   * The zones whose private subnets route through it (default: every zone).
   *
   * <pre>{@code n.serves("a", "c")}</pre>
   */
  public NatSpec serves(String... zones) {
    serves.addAll(List.of(zones));
    return this;
  }

  /**
   * The instance class of a NAT instance.
   *
   * <pre>{@code n.instanceClass("t3.small")}</pre>
   */
  public NatSpec instanceClass(String instanceClass) {
    this.instanceClass = instanceClass;
    return this;
  }

  /**
   * Whether the NAT holds an Elastic IP (model default: yes).
   *
   * <pre>{@code n.elasticIp(false)}</pre>
   */
  public NatSpec elasticIp(boolean elasticIp) {
    this.elasticIp = elasticIp;
    return this;
  }

  Nat build(Layout layout) {
    ImmutableNat.Builder b =
        Nat.builder()
            .name(name)
            .kind(kind)
            .zone(zone != null ? zone : layout.firstZone())
            .tier(tier != null ? tier : layout.publicTier())
            .servesZones(serves.isEmpty() ? layout.zones() : serves);
    if (instanceClass != null) {
      b.instanceClass(instanceClass);
    }
    if (elasticIp != null) {
      b.elasticIp(elasticIp);
    }
    return b.build();
  }
}
