package dev.tenkai.dsl;

import dev.tenkai.model.Egress;
import dev.tenkai.model.ImmutableEgress;
import dev.tenkai.model.NatKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How private hosts reach the internet: which NATs, where, serving which zones. Each shape is
 * written out in the built model ({@link dev.tenkai.model.Egress#nats()}), nothing is left to the
 * provider.
 *
 * <pre>{@code
 * t.egress(e -> e.natGatewayPerZone())                     // today: nat-a, nat-c
 * t.egress(e -> e.singleNatInstance("m1.small").in("a"))   // 2012: one "nat" serving every zone
 * }</pre>
 */
public final class EgressSpec {
  private final List<NatSpec> explicit = new ArrayList<>();
  private NatKind perZoneKind;
  private String perZoneClass;

  EgressSpec() {}

  /**
   * A managed NAT gateway in each zone, named {@code nat-<zone>}, each serving its own zone.
   *
   * <pre>{@code e.natGatewayPerZone()}</pre>
   */
  public EgressSpec natGatewayPerZone() {
    perZoneKind = NatKind.GATEWAY;
    perZoneClass = null;
    return this;
  }

  /**
   * A NAT instance of {@code instanceClass} in each zone, named {@code nat-<zone>}, each serving
   * its own zone.
   *
   * <pre>{@code e.natInstancePerZone("t3.small")}</pre>
   */
  public EgressSpec natInstancePerZone(String instanceClass) {
    perZoneKind = NatKind.INSTANCE;
    perZoneClass = instanceClass;
    return this;
  }

  /**
   * One NAT instance, named {@code nat}, in the first zone, serving every zone (the seed's single
   * point of failure). The returned spec moves or renames it.
   *
   * <pre>{@code e.singleNatInstance("m1.small").in("a")}</pre>
   */
  public NatSpec singleNatInstance(String instanceClass) {
    NatSpec nat = new NatSpec("nat", NatKind.INSTANCE).instanceClass(instanceClass);
    explicit.add(nat);
    return nat;
  }

  /**
   * Any NAT, written out: for arrangements the shortcuts do not cover.
   *
   * <pre>{@code e.nat("nat-shared", NatKind.GATEWAY, n -> n.in("a").serves("a", "c"))}</pre>
   */
  public EgressSpec nat(String name, NatKind kind, Consumer<NatSpec> body) {
    NatSpec nat = new NatSpec(name, kind);
    body.accept(nat);
    explicit.add(nat);
    return this;
  }

  Egress build(Layout layout) {
    ImmutableEgress.Builder b = Egress.builder();
    if (perZoneKind != null) {
      for (String zone : layout.zones()) {
        NatSpec nat = new NatSpec("nat-" + zone, perZoneKind).in(zone).serves(zone);
        if (perZoneClass != null) {
          nat.instanceClass(perZoneClass);
        }
        b.addNat(nat.build(layout));
      }
    }
    explicit.forEach(n -> b.addNat(n.build(layout)));
    return b.build();
  }
}
