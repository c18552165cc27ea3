package dev.tenkai.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Durations;
import dev.tenkai.model.Topology;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineValuesTest {
  @Test
  void durationsReadLikePeopleWriteThem() {
    assertThat(Durations.compact(Duration.ZERO)).isEqualTo("0s");
    assertThat(Durations.compact(Duration.ofSeconds(20))).isEqualTo("20s");
    assertThat(Durations.compact(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.compact(Duration.ofDays(30))).isEqualTo("30d");
    assertThat(Durations.compact(Duration.ofHours(25))).isEqualTo("1d1h");
    assertThat(Durations.compact(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Durations.compact(Duration.ofSeconds(-5))).isEqualTo("-5s");
  }

  @Test
  void resourcePathsMatchTheModelsOwn() {
    Topology t = ReferenceTopologies.modern();
    assertThat(ResourcePath.of(t, "web")).hasToString("serverGroups[web]");
    assertThat(ResourcePath.of(t, "web-lb")).hasToString("loadBalancers[web-lb]");
    assertThat(ResourcePath.of(t, "db")).hasToString("databases[db]");
    assertThat(ResourcePath.of(t, "cache")).hasToString("caches[cache]");
    assertThat(ResourcePath.of(t, "nat-a")).hasToString("egress.nats[nat-a]");
    assertThat(ResourcePath.of(t, "bastion")).hasToString("bastion");
    assertThat(ResourcePath.subnet("private", "c")).hasToString("network.tiers[private].subnets[c]");
    assertThatThrownBy(() -> ResourcePath.of(t, "nope"))
        .hasMessage("no resource 'nope' in topology reference");
  }

  @Test
  void aPackCanDropRulesByIdAndKeepsItsName() {
    RulePack lb = BuiltInRules.balancing().without("TK-LB-002", "TK-LB-003");
    assertThat(lb.name()).isEqualTo("balancing");
    assertThat(lb.ruleIds()).containsExactly("TK-LB-001", "TK-LB-004");
    assertThat(lb.description()).isNotBlank();
  }
}
