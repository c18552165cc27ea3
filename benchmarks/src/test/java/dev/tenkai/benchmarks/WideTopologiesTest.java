package dev.tenkai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

class WideTopologiesTest {
  @Test
  void addsOneServerGroupFirewallRuleAndRecordPerGroup() {
    Topology modern = ReferenceDeployment.modern();

    Topology wide = WideTopologies.wide(7);

    assertThat(wide.serverGroups()).hasSize(modern.serverGroups().size() + 7);
    assertThat(wide.firewallRules()).hasSize(modern.firewallRules().size() + 7);
    assertThat(wide.dnsZones().get(0).records()).hasSize(modern.dnsZones().get(0).records().size() + 7);
    assertThat(wide.serverGroup("app-6")).isPresent();
    assertThat(wide.firewallRules()).anySatisfy(r -> assertThat(r.to()).isEqualTo("app-3"));
  }

  @Test
  void zeroGroupsIsTheReferenceRenamed() {
    Topology wide = WideTopologies.wide(0);

    assertThat(wide.name()).isEqualTo("wide");
    assertThat(wide.serverGroups()).isEqualTo(ReferenceDeployment.modern().serverGroups());
  }

  @Test
  void aNegativeCountIsRefusedWithTheValue() {
    assertThatThrownBy(() -> WideTopologies.wide(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
