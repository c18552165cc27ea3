package dev.tenkai.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.ValidationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class WideTopologiesTest {
  @Test
  void eachServiceHasItsGroupBackendRulesAndRecord() {
    Topology t = WideTopologies.wide(3);
    Topology modern = ReferenceDeployment.modern();
    assertThat(t.serverGroups()).hasSize(modern.serverGroups().size() + 3);
    assertThat(t.loadBalancer("web-lb").orElseThrow().backends()).containsExactly("web", "svc-0", "svc-1", "svc-2");
    assertThat(t.serverGroup("svc-2").orElseThrow().countPerZone()).containsEntry("a", 1).containsEntry("c", 1);
    assertThat(t.serverGroup("svc-2").orElseThrow().port()).isEqualTo(WideTopologies.SERVICE_PORT);
    assertThat(t.firewallRules()).hasSize(modern.firewallRules().size() + 6);
    assertThat(t.firewallRules()).anyMatch(r -> r.to().equals("svc-1") && r.fromRole().orElse("").equals("web-lb"));
    assertThat(t.firewallRules()).anyMatch(r -> r.to().equals("db") && r.fromRole().orElse("").equals("svc-1"));
    List<DnsRecord> records = t.dnsZones().get(0).records();
    assertThat(records).anyMatch(r -> r.name().equals("svc-0.example.jp") && r.target().orElse("").equals("web-lb"));
  }

  @Test
  void validatesWithoutErrorsOrWarningsAtEverySize() {
    for (int k : List.of(0, 1, 10, 200)) {
      ValidationResult result = BuiltInRules.validator().validate(WideTopologies.wide(k));
      assertThat(result.hasErrors()).as("wide(%s): %s", k, result.active()).isFalse();
      assertThat(result.hasWarnings()).as("wide(%s): %s", k, result.active()).isFalse();
    }
  }

  @Test
  void survivesEachZoneWithEveryServiceServedAndHasNoSinglePointOfFailure() {
    Topology t = WideTopologies.wide(20);
    for (Outage o : ZoneFailure.everySingleZone(t)) {
      assertThat(o.unavailableEntryPoints()).as(o.scenario()).isEmpty();
      assertThat(o.entryPoints()).hasSize(22);
    }
    assertThat(SinglePointsOfFailure.ofEntryPoints(t)).isEmpty();
  }

  @Test
  void noServicesIsTheReferenceRenamedAndANegativeCountIsRefused() {
    assertThat(WideTopologies.wide(0).serverGroups()).isEqualTo(ReferenceDeployment.modern().serverGroups());
    assertThatThrownBy(() -> WideTopologies.wide(-1))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("services")
        .hasMessageContaining("-1");
  }
}
