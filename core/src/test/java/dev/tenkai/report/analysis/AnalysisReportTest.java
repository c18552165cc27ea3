package dev.tenkai.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysisReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Topology seedPitfall(RestartPolicy policy, int perZone) {
    Topology t = ReferenceTopologies.of2012();
    return ImmutableTopology.copyOf(t)
        .withLoadBalancers(
            ImmutableLoadBalancer.copyOf(t.loadBalancer("web-lb").orElseThrow())
                .withHealthCheck(HealthCheck.builder().interval(Duration.ofSeconds(5)).unhealthyThreshold(2).build()))
        .withServerGroups(
            ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow())
                .withRestartPolicy(policy)
                .withCountPerZone(Map.of("a", perZone, "c", perZone)));
  }

  @Test
  void zoneAOf2012ReadsAtAGlance() {
    String text = AnalysisReport.text(ZoneFailure.analyze(ReferenceTopologies.of2012(), Set.of("a")));
    assertThat(text)
        .startsWith("Failure of zone a: every entry point still answers\n")
        .contains("Entry points\n", "Capacity\n", "Load balancers\n", "Databases\n", "Caches\n", "Egress\n")
        .containsPattern("www\\.example\\.jp +degraded +db fails over to its standby in zone c")
        .containsPattern("db +failed over +zone c +60 s to 120 s \\(assumed\\)")
        .containsPattern("private/c +10\\.0\\.11\\.0/24 +nat +a")
        .contains("UNREACHABLE: bastion lived in zone a");
  }

  @Test
  void everyZoneListsEachScenarioAndTheSinglePoints() {
    Topology t = ReferenceTopologies.of2012();
    String text = AnalysisReport.text(ZoneFailure.everySingleZone(t), SinglePointsOfFailure.of(t));
    assertThat(text)
        .startsWith("Failure analysis: 2 scenarios\n")
        .containsPattern("zone a +2/2 served \\(2 degraded\\) +db failed over +cache 0% +private/c +UNREACHABLE")
        .containsPattern("zone c +2/2 served +db standby lost +cache 0% +- +reachable")
        .containsPattern("nat +a +nat +egress lost for private/a, private/c")
        .contains("Failure of zone a:", "Failure of zone c:");
  }

  @Test
  void downEntryPointsShowTheirBrokenChain() {
    String text = AnalysisReport.text(ZoneFailure.analyze(ReferenceTopologies.modern(), Set.of("a", "c")));
    assertThat(text)
        .startsWith("Failure of zones a, c: SERVICE DOWN for example.jp, www.example.jp")
        .contains("UNAVAILABLE  example.jp -> web-lb: no load balancer node left in surviving zones");
  }

  @Test
  void zoneFailureJsonCarriesEverySection() throws Exception {
    JsonNode doc = MAPPER.readTree(AnalysisReport.json(ZoneFailure.analyze(ReferenceTopologies.of2012(), Set.of("a"))));
    assertThat(doc.get("format").asText()).isEqualTo(AnalysisReport.FORMAT);
    assertThat(doc.get("version").asInt()).isEqualTo(1);
    JsonNode o = doc.get("outage");
    assertThat(o.get("failedZones").get(0).asText()).isEqualTo("a");
    assertThat(o.get("allEntryPointsServed").asBoolean()).isTrue();
    assertThat(o.get("databases").get(0).get("state").asText()).isEqualTo("FAILED_OVER");
    assertThat(o.get("databases").get(0).get("failoverTimeMax").asText()).isEqualTo("PT2M");
    assertThat(o.get("lostEgress").get(0).get("zone").asText()).isEqualTo("c");
    assertThat(o.get("management").get("reachable").asBoolean()).isFalse();
    assertThat(o.get("resourceStates").get("nat").asText()).isEqualTo("DOWN");
    assertThat(o.get("loadBalancers").get(0).get("backends").get(0).get("left").get("c").asInt()).isEqualTo(1);
    assertThat(o.get("brokenEdges")).anySatisfy(e -> assertThat(e.get("to").asText()).isEqualTo("nat"));
  }

  @Test
  void everyZoneJsonListsOutagesAndSinglePoints() throws Exception {
    Topology t = ReferenceTopologies.of2012();
    JsonNode doc = MAPPER.readTree(AnalysisReport.json(ZoneFailure.everySingleZone(t), SinglePointsOfFailure.of(t)));
    assertThat(doc.get("kind").asText()).isEqualTo("zone-failures");
    assertThat(doc.get("outages")).hasSize(2);
    assertThat(doc.get("singlePointsOfFailure")).anySatisfy(s -> assertThat(s.get("resource").asText()).isEqualTo("nat"));
  }

  @Test
  void thePitfallRestartShowsTheOutageStepByStep() {
    String text = AnalysisReport.text(RestartTimeline.of(seedPitfall(RestartPolicy.allAtOnce(), 1), "web"));
    assertThat(text)
        .startsWith("Restart of web: all at once, in place, behind web-lb\n")
        .contains("FULL OUTAGE: no server in service for 35 s (0 s to 35 s)")
        .containsPattern("0 s +0  <- DOWN +0 +0 +batch 1 \\(a:1 c:1\\) restarted in place")
        .containsPattern("10 s +0  <- DOWN +0 +0 +batch 1 \\(a:1 c:1\\) declared dead");
  }

  @Test
  void aRollingRestartOfManyServersIsSummarizedByWaves() throws Exception {
    RestartTimeline r = RestartTimeline.of(seedPitfall(RestartPolicy.batchesOf(1), 5_000), "web");
    String text = AnalysisReport.text(r);
    assertThat(text).contains("never fully down", "Waves (runs of identical batches)").doesNotContain("Timeline\n");
    JsonNode doc = MAPPER.readTree(AnalysisReport.json(r));
    assertThat(doc.get("restart").get("stepsOmitted").asBoolean()).isTrue();
    assertThat(doc.get("restart").get("waves")).hasSize(2);
    assertThat(doc.get("restart").get("minimumCapacity").asInt()).isEqualTo(9_999);
  }

  @Test
  void restartJsonHasStepsWhenFew() throws Exception {
    JsonNode doc = MAPPER.readTree(AnalysisReport.json(RestartTimeline.of(seedPitfall(RestartPolicy.allAtOnce(), 1), "web")));
    JsonNode r = doc.get("restart");
    assertThat(r.get("fullOutage").asBoolean()).isTrue();
    assertThat(r.get("outageTime").asText()).isEqualTo("PT35S");
    assertThat(r.get("steps")).hasSize(4);
    assertThat(r.get("steps").get(3).get("inService").asInt()).isEqualTo(2);
  }
}
