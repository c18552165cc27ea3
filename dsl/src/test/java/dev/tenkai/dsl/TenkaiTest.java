package dev.tenkai.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Topology;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The entry point and the topology-level calls. */
class TenkaiTest {
  /** The smallest topology the tests grow from. */
  static Topology minimal(Consumer<TopologySpec> more) {
    return Tenkai.topology("shop", t -> {
      t.region("ap-northeast-1").zones("a", "c").network("10.0.0.0/16", n -> n.publicTier().privateTier());
      more.accept(t);
    });
  }

  @Test
  void buildsNameRegionZonesAndNetwork() {
    Topology t = minimal(x -> {});
    assertThat(t.name()).isEqualTo("shop");
    assertThat(t.region()).isEqualTo("ap-northeast-1");
    assertThat(t.zones()).containsExactly("a", "c");
    assertThat(t.network().tiers()).extracting(tier -> tier.name()).containsExactly("public", "private");
  }

  @Test
  void theStepwiseFormBuildsTheSameTopology() {
    TopologySpec spec = Tenkai.topology("shop").region("ap-northeast-1").zones("a", "c");
    spec.network("10.0.0.0/16", n -> n.publicTier().privateTier());
    assertThat(spec.build()).isEqualTo(minimal(x -> {}));
  }

  @Test
  void defaultsResolveAtBuildSoTheOrderOfCallsDoesNotMatter() {
    Topology late = Tenkai.topology("shop", t -> t
        .loadBalancer("web-lb", lb -> lb.http(80))
        .network("10.0.0.0/16", n -> n.publicTier().privateTier())
        .zones("a", "c")
        .region("ap-northeast-1"));
    assertThat(late.loadBalancer("web-lb").orElseThrow().zones()).containsExactly("a", "c");
    assertThat(late.network()).isEqualTo(minimal(x -> {}).network());
  }

  @Test
  void leavesTheModelsDefaultsInPlaceAndVisible() {
    Topology t = minimal(x -> {});
    Topology plain = Topology.builder().from(t).build();
    assertThat(t.egress().nats()).isEmpty();
    assertThat(t.bastion()).isEmpty();
    assertThat(t.service()).isEqualTo(plain.service());
    assertThat(t.account().elasticIpQuota()).isEqualTo(5);
  }

  @Test
  void aMissingRegionIsNamed() {
    assertThatThrownBy(() -> Tenkai.topology("shop", t -> t.zones("a").network("10.0.0.0/16", n -> n.publicTier())))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("region:");
  }

  @Test
  void missingZonesAreNamed() {
    assertThatThrownBy(() -> Tenkai.topology("shop", t -> t.region("r").network("10.0.0.0/16", n -> n.publicTier())))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("zones:");
  }

  @Test
  void aMissingNetworkIsNamed() {
    assertThatThrownBy(() -> Tenkai.topology("shop", t -> t.region("r").zones("a")))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("network:");
  }

  @Test
  void anInvalidNameIsTheModelsError() {
    assertThatThrownBy(() -> Tenkai.topology("Shop!", t -> t.region("r").zones("a")
            .network("10.0.0.0/16", n -> n.publicTier())))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("Shop!");
  }

  @Test
  void aDuplicateZoneIsTheModelsError() {
    assertThatThrownBy(() -> Tenkai.topology("shop", t -> t.region("r").zones("a", "a")
            .network("10.0.0.0/16", n -> n.publicTier())))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("zone 'a' is listed twice");
  }

  @Test
  void serviceDeclaresConfidentialDataAndPeakHours() {
    Topology t = minimal(x -> x.service(s -> s.confidentialData()
        .peakHours(java.time.ZoneId.of("Asia/Tokyo"), java.time.LocalTime.of(13, 0), java.time.LocalTime.of(1, 0))));
    assertThat(t.service().confidentialData()).isTrue();
    assertThat(t.service().peakHours()).hasValueSatisfying(p -> {
      assertThat(p.timeZone().getId()).isEqualTo("Asia/Tokyo");
      assertThat(p.end()).isEqualTo(java.time.LocalTime.of(1, 0));
    });
  }

  @Test
  void serviceClaimsToSurviveTwoZoneLosses() {
    assertThat(minimal(x -> x.service(s -> s.survivesZoneLosses(2))).service().zoneLossesTolerated()).isEqualTo(2);
    assertThat(minimal(x -> x.elasticIpQuota(5)).service().zoneLossesTolerated()).isEqualTo(1);
    assertThatThrownBy(() -> minimal(x -> x.service(s -> s.survivesZoneLosses(3))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("service.zoneLossesTolerated");
  }

  @Test
  void elasticIpQuotaLandsInTheAccountLimits() {
    assertThat(minimal(x -> x.elasticIpQuota(10)).account().elasticIpQuota()).isEqualTo(10);
    assertThatThrownBy(() -> minimal(x -> x.elasticIpQuota(-1)))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("elasticIpQuota");
  }
}
