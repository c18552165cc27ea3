package dev.tenkai.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopologyGraphTest {
  private static List<String> names(java.util.Collection<Node> nodes) {
    return nodes.stream().map(Node::toString).collect(Collectors.toList());
  }

  @Test
  void oneTopologyIsGraphedOnceWhateverAsksForIt() {
    Topology modern = ReferenceTopologies.modern();
    assertThat(TopologyGraph.of(modern)).isSameAs(TopologyGraph.of(modern));
    // An equal topology built anew is another instance, with an equal graph of its own.
    Topology again = ReferenceTopologies.modern();
    assertThat(TopologyGraph.of(again).graph()).isEqualTo(TopologyGraph.of(modern).graph());
  }

  @Test
  void theWebTierDependsOnDatabaseCacheNatsAndTheInternet() {
    TopologyGraph g = TopologyGraph.of(ReferenceTopologies.modern());
    assertThat(names(g.dependenciesOf("web")))
        .containsExactlyInAnyOrder("db", "cache", "nat-a", "nat-c", "internet");
  }

  @Test
  void successorsComeInTheOrderTheFirewallRulesDeclareThem() {
    // Explanations of an analysis follow this order, so it must not depend on hashing.
    Topology modern = ReferenceTopologies.modern();
    List<FirewallRule> reversed = new ArrayList<>(modern.firewallRules());
    Collections.reverse(reversed);
    Topology flipped = ImmutableTopology.copyOf(modern).withFirewallRules(reversed);

    List<String> declared = service(TopologyGraph.of(modern).graph().successors(TopologyGraph.of(modern).resource("web")));
    List<String> flippedOrder = service(TopologyGraph.of(flipped).graph().successors(TopologyGraph.of(flipped).resource("web")));

    assertThat(declared).containsExactly("db", "cache");
    assertThat(flippedOrder).containsExactly("cache", "db");
  }

  private static List<String> service(java.util.Collection<Node> nodes) {
    return names(nodes).stream().filter(n -> n.equals("db") || n.equals("cache")).collect(Collectors.toList());
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
