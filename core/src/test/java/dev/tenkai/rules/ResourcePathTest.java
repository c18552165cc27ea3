package dev.tenkai.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.SeedPitfallTopologies;
import dev.tenkai.fixtures.TopologyGen;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcePathTest {
  private static final FirewallRule SSH_FROM_ANYWHERE = FirewallRule.allowCidr("0.0.0.0/0", "web", 22);

  @Test
  void aFirewallRuleIsNamedBySourceDestinationAndPorts() {
    assertThat(ResourcePath.firewallRule(FirewallRule.allow("web-lb", "web", 80))).hasToString("firewall/web-lb->web:80");
    assertThat(ResourcePath.firewallRule(SSH_FROM_ANYWHERE)).hasToString("firewall/0.0.0.0/0->web:22");
    assertThat(ResourcePath.firewallRule(
        FirewallRule.builder().fromRole("web").to("db").fromPort(8000).toPort(8100).build()))
        .hasToString("firewall/web->db:8000-8100");
    assertThat(ResourcePath.firewallRule(
        FirewallRule.builder().fromRole("web").to("db").protocol(IpProtocol.UDP).fromPort(53).toPort(53).build()))
        .hasToString("firewall/web->db:udp:53");
    assertThat(ResourcePath.firewallRule(
        FirewallRule.builder().fromCidr("::/0").to("web").protocol(IpProtocol.ALL).fromPort(0).toPort(65535).build()))
        .hasToString("firewall/::/0->web:all");
  }

  @Test
  void aSuppressionStillAppliesAfterTheFirewallRulesAreReordered() {
    Topology t = RuleTesting.withFirewallRule(RuleTesting.modern(), SSH_FROM_ANYWHERE);
    List<FirewallRule> reversed = new ArrayList<>(t.firewallRules());
    Collections.reverse(reversed);
    Topology reordered = ImmutableTopology.copyOf(t).withFirewallRules(reversed);
    assertThat(reordered.firewallRules().indexOf(SSH_FROM_ANYWHERE))
        .isNotEqualTo(t.firewallRules().indexOf(SSH_FROM_ANYWHERE));

    Validator v = Validator.builder()
        .addPack(BuiltInRules.all())
        .suppress("TK-SEC-001", "firewall/0.0.0.0/0->web:22", "break-glass access, removed after the incident")
        .build();
    for (Topology each : List.of(t, reordered)) {
      ValidationResult r = v.validate(each);
      assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("TK-SEC-001")).singleElement()
          .satisfies(f -> assertThat(f.suppressedBecause()).contains("break-glass access, removed after the incident"));
      assertThat(r.unusedSuppressions()).isEmpty();
    }
  }

  @Test
  void aSuppressionByTheOldIndexFormIsRefusedWithTheStableForm() {
    assertThatThrownBy(() -> Validator.builder().addPack(BuiltInRules.all())
            .suppress("TK-SEC-001", "firewallRules[7]", "break-glass"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suppression of TK-SEC-001: 'firewallRules[7]' names firewall rule 7 by its position")
        .hasMessageContaining("firewall/web-lb->web:80");
  }

  @Test
  void everyFindingOfEveryBuiltInRuleOnTheExamplesNamesARealElement() {
    for (Topology t : List.of(ReferenceTopologies.modern(), ReferenceTopologies.of2012(),
        SeedPitfallTopologies.pitfalls())) {
      assertResolves(t);
    }
  }

  @Test
  void everyFindingOfEveryBuiltInRuleOnGeneratedTopologiesNamesARealElement() {
    qt().withExamples(300).forAll(TopologyGen.topologies()).checkAssert(ResourcePathTest::assertResolves);
  }

  private static void assertResolves(Topology t) {
    for (Finding f : BuiltInRules.validator().validate(t).findings()) {
      assertThat(f.resource().resolvesIn(t)).as("%s on %s", f, t.name()).isTrue();
    }
  }

  @Test
  void aPathThatNamesNothingDoesNotResolve() {
    Topology t = ReferenceTopologies.modern();
    assertThat(ResourcePath.serverGroup("web").resolvesIn(t)).isTrue();
    assertThat(ResourcePath.loadBalancer("web-lb").field("healthCheck").resolvesIn(t)).isTrue();
    assertThat(ResourcePath.serverGroup("nope").resolvesIn(t)).isFalse();
    assertThat(ResourcePath.firewallRule(SSH_FROM_ANYWHERE).resolvesIn(t)).isFalse();
    assertThat(ResourcePath.parse("serverGroups[web].").resolvesIn(t)).isFalse();
  }
}
