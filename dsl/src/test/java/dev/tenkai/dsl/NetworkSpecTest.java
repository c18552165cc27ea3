package dev.tenkai.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.tenkai.model.Cidr;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NetworkSpecTest {
  private static Topology network(String cidr, Consumer<NetworkSpec> body, String... zones) {
    return Tenkai.topology("shop", t -> t.region("r").zones(zones).network(cidr, body));
  }

  @Test
  void explicitSubnetsAreKeptAsWritten() {
    Topology t = network("10.0.0.0/16", n -> n
        .publicTier(p -> p.subnet("a", "10.0.0.0/24").subnet("c", "10.0.1.0/24"))
        .privateTier(p -> p.subnet("a", "10.0.10.0/24").subnet("c", "10.0.11.0/24")), "a", "c");
    Tier pub = t.tier("public").orElseThrow();
    assertThat(pub.kind()).isEqualTo(TierKind.PUBLIC);
    assertThat(pub.route()).isEqualTo(RouteIntent.INTERNET_GATEWAY);
    assertThat(pub.subnets()).containsExactly(Subnet.of("a", "10.0.0.0/24"), Subnet.of("c", "10.0.1.0/24"));
    Tier priv = t.tier("private").orElseThrow();
    assertThat(priv.kind()).isEqualTo(TierKind.PRIVATE);
    assertThat(priv.route()).isEqualTo(RouteIntent.NAT);
    assertThat(priv.subnetIn("c")).contains(Subnet.of("c", "10.0.11.0/24"));
  }

  @Test
  void carvesOneSlash24PerZoneInAddressOrder() {
    Topology t = network("10.0.0.0/16", n -> n.publicTier().privateTier(), "a", "c");
    assertThat(t.tier("public").orElseThrow().subnets())
        .containsExactly(Subnet.of("a", "10.0.0.0/24"), Subnet.of("c", "10.0.1.0/24"));
    assertThat(t.tier("private").orElseThrow().subnets())
        .containsExactly(Subnet.of("a", "10.0.2.0/24"), Subnet.of("c", "10.0.3.0/24"));
  }

  @Test
  void carvingSkipsBlocksTakenExplicitlyEvenLargerOnes() {
    Topology t = network("10.0.0.0/16", n -> n
        .publicTier(p -> p.subnet("a", "10.0.0.0/20"))
        .privateTier(), "a", "c");
    assertThat(t.tier("public").orElseThrow().subnets()).containsExactly(Subnet.of("a", "10.0.0.0/20"));
    assertThat(t.tier("private").orElseThrow().subnets())
        .containsExactly(Subnet.of("a", "10.0.16.0/24"), Subnet.of("c", "10.0.17.0/24"));
  }

  @Test
  void prefixZonesNameAndIsolationShapeATier() {
    Topology t = network("10.0.0.0/16", n -> n
        .publicTier(p -> p.name("edge").zones("a").prefix(28))
        .privateTier(p -> p.prefix(20).isolated())
        .tier("data", TierKind.PRIVATE, RouteIntent.NONE, d -> d.subnet("c", "10.0.200.0/24")), "a", "c");
    Tier edge = t.tier("edge").orElseThrow();
    assertThat(edge.subnets()).containsExactly(Subnet.of("a", "10.0.0.0/28"));
    Tier priv = t.tier("private").orElseThrow();
    assertThat(priv.route()).isEqualTo(RouteIntent.NONE);
    assertThat(priv.subnets()).containsExactly(Subnet.of("a", "10.0.16.0/20"), Subnet.of("c", "10.0.32.0/20"));
    assertThat(t.tier("data").orElseThrow().subnets()).containsExactly(Subnet.of("c", "10.0.200.0/24"));
  }

  @Test
  void routeOverridesTheDefault() {
    Topology t = network("10.0.0.0/16", n -> n.privateTier(p -> p.route(RouteIntent.INTERNET_GATEWAY)), "a");
    assertThat(t.tier("private").orElseThrow().route()).isEqualTo(RouteIntent.INTERNET_GATEWAY);
  }

  @Test
  void aMissingSubnetInAListedZoneIsCarved() {
    Topology t = network("10.0.0.0/16", n -> n.publicTier(p -> p.zones("a", "c").subnet("a", "10.0.0.0/24")), "a", "c");
    assertThat(t.tier("public").orElseThrow().subnets())
        .containsExactly(Subnet.of("a", "10.0.0.0/24"), Subnet.of("c", "10.0.1.0/24"));
  }

  @Test
  void aNetworkTooSmallToCarveIsNamed() {
    assertThatThrownBy(() -> network("10.0.0.0/23", n -> n.publicTier().privateTier(), "a", "c"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("network.tiers[private].subnets[")
        .hasMessageContaining("no free /24 block left in the network 10.0.0.0/23");
  }

  @Test
  void aPrefixWiderThanTheNetworkIsNamed() {
    assertThatThrownBy(() -> network("10.0.0.0/16", n -> n.publicTier(p -> p.prefix(8)), "a"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("network.tiers[public].subnets[a]")
        .hasMessageContaining("cannot carve /8 subnets out of 10.0.0.0/16");
  }

  @Test
  void aMalformedNetworkBlockIsNamed() {
    assertThatThrownBy(() -> network("10.0.0/16", n -> n.publicTier(), "a"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("network.cidr:")
        .hasMessageContaining("10.0.0/16");
  }

  @Test
  void anExplicitSubnetOutsideTheNetworkIsTheModelsError() {
    assertThatThrownBy(() -> network("10.0.0.0/16", n -> n.publicTier(p -> p.subnet("a", "10.1.0.0/24")), "a"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("network.tiers[public].subnets[a].cidr")
        .hasMessageContaining("outside the network");
  }

  @Test
  void aSubnetInAnUnknownZoneIsTheModelsError() {
    assertThatThrownBy(() -> network("10.0.0.0/16", n -> n.publicTier(p -> p.subnet("x", "10.0.0.0/24")), "a"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("unknown zone 'x'");
  }

  @Test
  void carvedSubnetsNeverOverlapStayInsideOrAreReportedMissing() {
    qt().withExamples(60)
        .forAll(integers().between(1, 6), integers().between(1, 4), integers().between(20, 28))
        .checkAssert((zoneCount, tierCount, prefix) -> {
          List<String> zones = new ArrayList<>();
          for (int i = 0; i < zoneCount; i++) {
            zones.add("z" + i);
          }
          Consumer<NetworkSpec> tiers = n -> {
            for (int i = 0; i < tierCount; i++) {
              n.tier("tier" + i, TierKind.PRIVATE, RouteIntent.NONE, x -> x.prefix(prefix));
            }
          };
          String[] zoneArray = zones.toArray(new String[0]);
          if (zoneCount * tierCount > 1 << (prefix - 16)) {
            assertThatThrownBy(() -> network("10.0.0.0/16", tiers, zoneArray))
                .isInstanceOf(InvalidTopologyException.class)
                .hasMessageContaining("no free /" + prefix + " block left");
            return;
          }
          Topology t = network("10.0.0.0/16", tiers, zoneArray);
          Cidr net = Cidr.parse("10.0.0.0/16", "");
          List<Cidr> all = new ArrayList<>();
          for (Tier tier : t.network().tiers()) {
            assertThat(tier.subnets()).extracting(Subnet::zone).containsExactlyElementsOf(zones);
            for (Subnet s : tier.subnets()) {
              Cidr c = Cidr.parse(s.cidr(), "");
              assertThat(net.contains(c)).isTrue();
              assertThat(c.prefixLength()).isEqualTo(prefix);
              assertThat(all).noneMatch(c::overlaps);
              all.add(c);
            }
          }
        });
  }
}
