package dev.tenkai.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopologyGraphTest {
  private static List<String> names(java.util.Collection<Node> nodes) {
    return nodes.stream().map(Node::toString).collect(Collectors.toList());
  }

  @Test
  void theWebTierDependsOnDatabaseCacheNatsAndTheInternet() {
    TopologyGraph g = TopologyGraph.of(ReferenceTopologies.modern());
    assertThat(names(g.dependenciesOf("web")))
        .containsExactlyInAnyOrder("db", "cache", "nat-a", "nat-c", "internet");
  }

  @Test
  void inThe2012DeploymentEveryZoneLeavesThroughTheOneNat() {
    TopologyGraph g = TopologyGraph.of(ReferenceTopologies.of2012());
    assertThat(names(g.dependenciesOf("web"))).containsExactlyInAnyOrder("db", "cache", "nat", "internet");
    assertThat(g.graph().edgeValue(g.resource("web"), g.resource("nat"))).contains(FlowKind.EGRESS);
  }

  @Test
  void trafficFlowsFromDnsThroughTheLoadBalancerToTheServers() {
    TopologyGraph g = TopologyGraph.of(ReferenceTopologies.modern());
    assertThat(names(g.entryPoints())).containsExactly("dns:example.jp", "dns:www.example.jp");
    Node apex = g.entryPoints().get(0);
    assertThat(names(g.graph().successors(apex))).containsExactly("web-lb");
    assertThat(names(g.graph().successors(g.resource("web-lb")))).containsExactly("web");
    assertThat(names(g.dependents("web"))).containsExactlyInAnyOrder("web-lb", "bastion");
    assertThat(g.graph().edgeValue(g.resource("bastion"), g.resource("web"))).contains(FlowKind.ADMIN);
  }

  @Test
  void administrationIsNotADependencyOfService() {
    TopologyGraph g = TopologyGraph.of(ReferenceTopologies.modern());
    assertThat(names(g.dependenciesOf("web-lb"))).doesNotContain("bastion");
  }

  @Test
  void zonesOfEachTier() {
    TopologyGraph g = TopologyGraph.of(ReferenceTopologies.of2012());
    assertThat(g.zonesByResource())
        .containsEntry("web", List.of("a", "c"))
        .containsEntry("web-lb", List.of("a", "c"))
        .containsEntry("db", List.of("a", "c"))
        .containsEntry("cache", List.of("a", "c"))
        .containsEntry("nat", List.of("a"))
        .containsEntry("bastion", List.of("a"));
    assertThat(g.zonesByNetworkTier())
        .containsEntry("public", List.of("a", "c"))
        .containsEntry("private", List.of("a", "c"));
  }
}
