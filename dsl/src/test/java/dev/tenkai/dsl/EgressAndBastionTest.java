package dev.tenkai.dsl;

import static dev.tenkai.dsl.TenkaiTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.model.Bastion;
import dev.tenkai.model.EgressMode;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Nat;
import dev.tenkai.model.NatKind;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

class EgressAndBastionTest {
  @Test
  void natGatewayPerZoneNamesOneGatewayPerZoneServingItsOwn() {
    Topology t = minimal(x -> x.egress(e -> e.natGatewayPerZone()));
    assertThat(t.egress().mode()).isEqualTo(EgressMode.NAT_GATEWAY_PER_ZONE);
    assertThat(t.egress().nats())
        .extracting(Nat::name, Nat::zone, Nat::servesZones, Nat::tier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nat-a", "a", java.util.List.of("a"), "public"),
            org.assertj.core.groups.Tuple.tuple("nat-c", "c", java.util.List.of("c"), "public"));
    assertThat(t.egress().nats()).allSatisfy(n -> assertThat(n.instanceClass()).isEmpty());
  }

  @Test
  void natInstancePerZoneCarriesItsClass() {
    Topology t = minimal(x -> x.egress(e -> e.natInstancePerZone("t3.small")));
    assertThat(t.egress().mode()).isEqualTo(EgressMode.NAT_INSTANCE_PER_ZONE);
    assertThat(t.egress().nats()).allSatisfy(n -> {
      assertThat(n.kind()).isEqualTo(NatKind.INSTANCE);
      assertThat(n.instanceClass()).contains("t3.small");
    });
  }

  @Test
  void aSingleNatInstanceServesEveryZoneFromTheFirst() {
    Topology t = minimal(x -> x.egress(e -> e.singleNatInstance("m1.small")));
    assertThat(t.egress().mode()).isEqualTo(EgressMode.SINGLE_NAT_INSTANCE);
    Nat nat = t.nat("nat").orElseThrow();
    assertThat(nat.zone()).isEqualTo("a");
    assertThat(nat.servesZones()).containsExactly("a", "c");
    assertThat(nat.elasticIp()).isTrue();
  }

  @Test
  void aSingleNatInstanceCanMoveAndBeRenamed() {
    Topology t = minimal(x -> x.egress(e -> e.singleNatInstance("m1.small").in("c").named("gw").elasticIp(false)));
    Nat nat = t.nat("gw").orElseThrow();
    assertThat(nat.zone()).isEqualTo("c");
    assertThat(nat.elasticIp()).isFalse();
  }

  @Test
  void anyNatCanBeWrittenOut() {
    Topology t = minimal(x -> x.egress(e -> e.nat("shared", NatKind.GATEWAY, n -> n.in("c").serves("a", "c").tier("public"))));
    assertThat(t.egress().mode()).isEqualTo(EgressMode.MIXED);
    assertThat(t.nat("shared").orElseThrow().servesZones()).containsExactly("a", "c");
  }

  @Test
  void aNatInstanceWithoutClassIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.egress(e -> e.nat("n", NatKind.INSTANCE, n -> {}))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("egress.nats[n].instanceClass")
        .hasMessageContaining("a NAT instance needs an instance class");
  }

  @Test
  void twoNatsServingOneZoneIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.egress(e -> e.natGatewayPerZone().singleNatInstance("m1.small"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("zone 'a' is already served by NAT 'nat-a'");
  }

  @Test
  void aBastionDefaultsToTheFirstZoneAndPublicTier() {
    Topology t = minimal(x -> x.bastion(b -> b.instanceClass("t3.micro").allowSshFrom("203.0.113.0/24")));
    Bastion b = t.bastion().orElseThrow();
    assertThat(b.name()).isEqualTo("bastion");
    assertThat(b.zone()).isEqualTo("a");
    assertThat(b.tier()).isEqualTo("public");
    assertThat(b.allowedSources()).containsExactly("203.0.113.0/24");
    assertThat(b.elasticIp()).isTrue();
    assertThat(b.image()).isEmpty();
  }

  @Test
  void aBastionCanBePlacedNamedAndImaged() {
    Topology t = minimal(x -> x.bastion(b -> b.named("jump").in("c").tier("public").instanceClass("t3.micro")
        .image("ami-1").elasticIp(false).allowSshFrom("198.51.100.7/32", "203.0.113.0/24")));
    Bastion b = t.bastion().orElseThrow();
    assertThat(b.name()).isEqualTo("jump");
    assertThat(b.zone()).isEqualTo("c");
    assertThat(b.image()).contains("ami-1");
    assertThat(b.elasticIp()).isFalse();
    assertThat(b.allowedSources()).hasSize(2);
  }

  @Test
  void aBastionWithoutClassIsNamed() {
    assertThatThrownBy(() -> minimal(x -> x.bastion(b -> b.allowSshFrom("203.0.113.0/24"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("bastion.instanceClass:");
  }

  @Test
  void aMalformedSourceRangeIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.bastion(b -> b.instanceClass("t3.micro").allowSshFrom("203.0.113.0"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("bastion.allowedSources[0]")
        .hasMessageContaining("203.0.113.0");
  }
}
