package dev.tenkai.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiagramTest {
  private static final List<Topology> TOPOLOGIES = List.of(ReferenceTopologies.modern(), ReferenceTopologies.of2012());

  @Test
  void everyResourceAndRecordAppearsInBothFormats() {
    for (Topology t : TOPOLOGIES) {
      for (String text : List.of(new DotDiagram().render(t), new MermaidDiagram().render(t))) {
        for (String resource : t.resources().keySet()) {
          assertThat(text).as("resource %s of %s", resource, t.name()).contains(resource);
        }
        for (DnsZone z : t.dnsZones()) {
          for (DnsRecord r : z.records()) {
            assertThat(text).contains(r.name());
          }
        }
        assertThat(text).contains("internet");
      }
    }
  }

  @Test
  void zonesAreClustersHoldingTheirTiers() {
    for (Topology t : TOPOLOGIES) {
      String dot = new DotDiagram().render(t);
      String mermaid = new MermaidDiagram().render(t);
      for (String zone : t.zones()) {
        assertThat(dot).contains("subgraph \"cluster_zone_" + zone + "\" {").contains("label=\"zone " + zone + "\"");
        assertThat(mermaid).contains("subgraph zone_" + zone + "[\"zone " + zone + "\"]");
        for (Tier tier : t.network().tiers()) {
          String cidr = tier.subnetIn(zone).orElseThrow().cidr();
          assertThat(dot).contains("subgraph \"cluster_zone_" + zone + "__" + tier.name() + "\"")
              .contains("label=\"" + tier.name() + " " + cidr + "\"");
          assertThat(mermaid).contains("subgraph zone_" + zone + "__" + tier.name() + "[\"" + tier.name() + " " + cidr + "\"]");
        }
      }
    }
  }

  @Test
  void serversAreDrawnPerZoneInsideTheirZoneAndTheDatabaseAsPrimaryAndStandby() {
    String dot = new DotDiagram().render(ReferenceTopologies.modern());
    String zoneA = cluster(dot, "cluster_zone_a__private");
    String zoneC = cluster(dot, "cluster_zone_c__private");
    assertThat(zoneA).contains("web ×2").contains("db primary").doesNotContain("db standby");
    assertThat(zoneC).contains("web ×2").contains("db standby").doesNotContain("db primary");
    assertThat(cluster(dot, "cluster_zone_a__public")).contains("nat-a").contains("bastion");
    assertThat(cluster(dot, "cluster_zone_c__public")).contains("nat-c").doesNotContain("bastion");
    assertThat(dot).contains("\"r_db__primary\" -> \"r_db__standby\"");
  }

  @Test
  void trafficFlowsFromDnsThroughTheLoadBalancerToEachZonesServers() {
    String mermaid = new MermaidDiagram().render(ReferenceTopologies.modern());
    assertThat(mermaid)
        .contains("dns_0 --> r_web_lb")
        .contains("r_web_lb -->|\":80\"| r_web__a")
        .contains("r_web_lb -->|\":80\"| r_web__c")
        .contains("r_web__a -->|\":3306\"| r_db__primary")
        .contains("r_web__c -->|\":3306\"| r_db__primary")
        .contains("r_web__a -->|\":6379\"| r_cache__a")
        .contains("r_web__a -.->|\"egress\"| r_nat_a__a")
        .doesNotContain("r_web__a -.->|\"egress\"| r_nat_c__c");
  }

  @Test
  void aSingleNatServesEveryZonesHosts() {
    String mermaid = new MermaidDiagram().render(ReferenceTopologies.of2012());
    assertThat(mermaid).contains("r_web__a -.->|\"egress\"| r_nat__a").contains("r_web__c -.->|\"egress\"| r_nat__a");
  }

  @Test
  void anEmptyTierStillShowsItsSubnet() {
    Topology t = ImmutableTopology.copyOf(ReferenceTopologies.modern()).withEgress(dev.tenkai.model.Egress.none());
    String dot = new DotDiagram().render(t);
    assertThat(cluster(dot, "cluster_zone_c__public")).contains("label=\"public 10.0.1.0/24\"").contains("(empty)");
    assertThat(cluster(dot, "cluster_zone_a__public")).doesNotContain("(empty)");
    assertThat(new MermaidDiagram().render(t)).contains("subgraph zone_c__public[\"public 10.0.1.0/24\"]");
  }

  @Test
  void nothingIsGreyedOrRedByDefault() {
    Topology t = ReferenceTopologies.modern();
    assertThat(new DotDiagram().render(t)).doesNotContain("#cc0000").doesNotContain("failed").doesNotContain("#dddddd");
    assertThat(new MermaidDiagram().render(t)).doesNotContain("linkStyle").doesNotContain("failed");
  }

  @Test
  void aFailedZoneIsGreyedWithEverythingInIt() {
    Topology t = ReferenceTopologies.modern();
    DiagramOptions o = DiagramOptions.defaults().withFailedZones(List.of("a"));
    String dot = new DotDiagram().render(t, o);
    assertThat(cluster(dot, "cluster_zone_a")).contains("zone a (failed)").contains("fillcolor=\"#eeeeee\"");
    assertThat(cluster(dot, "cluster_zone_a__private")).contains("fillcolor=\"#dddddd\"");
    assertThat(cluster(dot, "cluster_zone_c")).doesNotContain("failed").doesNotContain("#dddddd");
    String mermaid = new MermaidDiagram().render(t, o);
    assertThat(mermaid).contains("zone a (failed)").contains("style zone_a fill:#eeeeee");
    assertThat(mermaid).containsPattern("class [^\\n]*r_web__a[^\\n]* failed");
    assertThat(mermaid).doesNotContainPattern("class [^\\n]*r_web__c[^\\n]* failed");
  }

  @Test
  void aBrokenEdgeIsRedAndCrossedOnEveryArrowItDraws() {
    Topology t = ReferenceTopologies.modern();
    DiagramOptions o = DiagramOptions.defaults().withBrokenEdges(List.of(new DiagramEdge("web", "db")));
    String dot = new DotDiagram().render(t, o);
    assertThat(dot).containsPattern("\"r_web__a\" -> \"r_db__primary\" \\[[^\\]]*#cc0000[^\\]]*✗ :3306");
    assertThat(dot).containsPattern("\"r_web__c\" -> \"r_db__primary\" \\[[^\\]]*#cc0000");
    assertThat(dot).doesNotContainPattern("\"r_web__a\" -> \"r_cache__a\" \\[[^\\]]*#cc0000");
    String mermaid = new MermaidDiagram().render(t, o);
    List<String> arrows = mermaid.lines().filter(l -> l.contains("-->") || l.contains("-.->")).toList();
    Matcher m = Pattern.compile("linkStyle (\\d+) stroke:#cc0000").matcher(mermaid);
    int broken = 0;
    while (m.find()) {
      String arrow = arrows.get(Integer.parseInt(m.group(1)));
      assertThat(arrow).contains("r_db__primary").contains("✗");
      broken++;
    }
    assertThat(broken).isEqualTo(2);
  }

  @Test
  void labelsAreEscaped() {
    Topology base = ReferenceTopologies.modern();
    Topology t = ImmutableTopology.copyOf(base).withServerGroups(
        ImmutableServerGroup.copyOf(base.serverGroup("web").orElseThrow()).withSoftware("nginx \"edge\" <b>\\"));
    assertThat(new DotDiagram().render(t)).contains("nginx \\\"edge\\\" <b>\\\\");
    assertThat(new MermaidDiagram().render(t)).contains("nginx #quot;edge#quot; #lt;b#gt;\\");
  }

  @Test
  void theSameModelAlwaysGivesTheSameText() {
    Topology t = ReferenceTopologies.modern();
    assertThat(new DotDiagram().render(t)).isEqualTo(new DotDiagram().render(ReferenceTopologies.modern()));
    assertThat(new MermaidDiagram().render(t)).isEqualTo(new MermaidDiagram().render(ReferenceTopologies.modern()));
  }

  @Test
  void optionsReplaceRatherThanAccumulate() {
    DiagramOptions o = DiagramOptions.defaults().withFailedZones(List.of("a")).withFailedZones(List.of("c"));
    assertThat(o.failedZones()).containsExactly("c");
    assertThat(o.isFailed("a")).isFalse();
    assertThat(o.isFailed(null)).isFalse();
    assertThat(o.withBrokenEdges(List.of(new DiagramEdge("x", "y"))).isBroken("x", "y")).isTrue();
    assertThat(DiagramOptions.defaults().isBroken("x", "y")).isFalse();
  }

  /** The text of one DOT cluster, up to its closing brace at the same depth. */
  private static String cluster(String dot, String id) {
    int start = dot.indexOf("subgraph \"" + id + "\" {");
    assertThat(start).as("cluster %s", id).isNotNegative();
    int depth = 0;
    for (int i = dot.indexOf('{', start); i < dot.length(); i++) {
      char c = dot.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return dot.substring(start, i + 1);
      }
    }
    throw new AssertionError("unclosed cluster " + id);
  }
}
