package dev.tenkai.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.TopologyGen;
import dev.tenkai.graph.ResourceKinds.Shape;
import dev.tenkai.graph.ResourceKinds.ZoneLoss;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Topology;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class ResourceKindsTest {
  @Test
  void everyResourceKindHasItsOwnNodeKindAndComesBackFromIt() {
    Set<NodeKind> nodes = EnumSet.noneOf(NodeKind.class);
    for (ResourceKind k : ResourceKind.values()) {
      NodeKind n = ResourceKinds.node(k);
      assertThat(nodes.add(n)).as("%s shares node kind %s", k, n).isTrue();
      assertThat(ResourceKinds.resource(n)).contains(k);
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(nodes)))
        .containsExactlyInAnyOrder(NodeKind.INTERNET, NodeKind.DNS_RECORD);
    assertThat(ResourceKinds.resource(NodeKind.INTERNET)).isEmpty();
    assertThat(ResourceKinds.resource(NodeKind.DNS_RECORD)).isEmpty();
  }

  @Test
  void everyNodeKindIsDrawnWithItsOwnShape() {
    Set<Shape> shapes = Arrays.stream(NodeKind.values()).map(ResourceKinds::shape)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Shape.class)));
    assertThat(shapes).hasSize(NodeKind.values().length).containsExactlyInAnyOrder(Shape.values());
  }

  @Test
  void onlyThePartsOutsideTheZonesSurviveEveryZoneLossUnjudged() {
    for (NodeKind n : NodeKind.values()) {
      boolean outside = n == NodeKind.INTERNET || n == NodeKind.DNS_RECORD;
      assertThat(ResourceKinds.zoneLoss(n) == ZoneLoss.OUTSIDE_ZONES).as("%s", n).isEqualTo(outside);
    }
    assertThat(ResourceKinds.zoneLoss(ResourceKind.NAT)).isEqualTo(ZoneLoss.SINGLE_ZONE);
    assertThat(ResourceKinds.zoneLoss(ResourceKind.BASTION)).isEqualTo(ZoneLoss.SINGLE_ZONE);
  }

  @Test
  void aSingleZoneKindOccupiesExactlyOneZone() {
    Topology t = ReferenceTopologies.modern();
    t.resources().forEach((name, kind) -> {
      if (ResourceKinds.zoneLoss(kind) == ZoneLoss.SINGLE_ZONE) {
        assertThat(ResourceKinds.zones(t, name)).as(name).hasSize(1);
      }
    });
  }

  @Test
  void everyResourceWithAnEgressTierRoutedThroughANatHasAnEdgeToTheNatOfEachOfItsZones() {
    QuickTheory.qt().withExamples(200).forAll(TopologyGen.topologies()).checkAssert(t -> {
      TopologyGraph g = TopologyGraph.of(t);
      for (Map.Entry<String, ResourceKind> r : t.resources().entrySet()) {
        boolean natRouted = ResourceKinds.egressTier(t, r.getValue(), r.getKey())
            .flatMap(t::tier).map(tier -> tier.route() == RouteIntent.NAT).orElse(false);
        for (String zone : ResourceKinds.zones(t, r.getKey())) {
          t.egress().natServing(zone).filter(nat -> natRouted).ifPresent(nat ->
              // A firewall rule to the NAT may have made the edge a traffic edge first.
              assertThat(g.graph().hasEdgeConnecting(g.resource(r.getKey()), g.resource(nat.name())))
                  .as("%s -> %s", r.getKey(), nat.name()).isTrue());
        }
      }
    });
  }

  @Test
  void loadBalancersAndNatsSendNoEgressThroughANat() {
    Topology t = ReferenceTopologies.modern();
    TopologyGraph g = TopologyGraph.of(t);
    t.resources().forEach((name, kind) -> {
      if (kind == ResourceKind.LOAD_BALANCER || kind == ResourceKind.NAT) {
        assertThat(ResourceKinds.egressTier(t, kind, name)).isEmpty();
        assertThat(g.graph().successors(g.resource(name)))
            .noneMatch(n -> n.kind() == NodeKind.NAT);
      }
    });
  }
}
