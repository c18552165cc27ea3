package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SinglePointsOfFailureTest {
  private static final Topology MODERN = ReferenceTopologies.modern();

  @Test
  void theModernReferenceHasNoneForItsEntryPointsOnlyTheBastion() {
    assertThat(SinglePointsOfFailure.ofEntryPoints(MODERN)).isEmpty();
    List<SinglePointOfFailure> all = SinglePointsOfFailure.of(MODERN);
    assertThat(all).singleElement().satisfies(s -> {
      assertThat(s.resource()).isEqualTo("bastion");
      assertThat(s.bastionLost()).isTrue();
      assertThat(s.affectsEntryPoints()).isFalse();
    });
  }

  @Test
  void the2012NatInstanceCutsEgressForBothZones() {
    List<SinglePointOfFailure> all = SinglePointsOfFailure.of(ReferenceTopologies.of2012());
    SinglePointOfFailure nat =
        all.stream().filter(s -> s.resource().equals("nat")).findFirst().orElseThrow();
    assertThat(nat.kind()).isEqualTo(ResourceKind.NAT);
    assertThat(nat.zone()).isEqualTo("a");
    assertThat(nat.egressLost()).extracting(LostEgress::zone).containsExactly("a", "c");
    assertThat(nat.summary()).isEqualTo("nat in zone a: egress lost for private/a, private/c");
    assertThat(SinglePointsOfFailure.ofEntryPoints(ReferenceTopologies.of2012())).isEmpty();
  }

  @Test
  void aDatabaseWithoutStandbyIsOne() {
    Topology t =
        ImmutableTopology.copyOf(MODERN)
            .withDatabases(ImmutableDatabase.copyOf(MODERN.database("db").orElseThrow()).withStandbyZone(Optional.empty()));
    assertThat(SinglePointsOfFailure.ofEntryPoints(t)).singleElement().satisfies(s -> {
      assertThat(s.resource()).isEqualTo("db");
      assertThat(s.zone()).isEqualTo("a");
      assertThat(s.entryPointsLost()).containsExactly("example.jp", "www.example.jp");
      assertThat(s.explanations()).contains("www.example.jp -> web-lb -> web -> db: primary in zone a lost and there is no standby");
    });
  }

  @Test
  void aLoadBalancerServingOneZoneIsOne() {
    Topology t =
        ImmutableTopology.copyOf(MODERN)
            .withLoadBalancers(ImmutableLoadBalancer.copyOf(MODERN.loadBalancer("web-lb").orElseThrow()).withZones(List.of("c")));
    List<SinglePointOfFailure> spofs = SinglePointsOfFailure.ofEntryPoints(t);
    assertThat(spofs).extracting(SinglePointOfFailure::resource, SinglePointOfFailure::zone)
        .contains(org.assertj.core.groups.Tuple.tuple("web-lb", "c"), org.assertj.core.groups.Tuple.tuple("web", "c"));
  }
}
