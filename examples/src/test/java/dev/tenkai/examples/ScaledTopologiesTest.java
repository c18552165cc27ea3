package dev.tenkai.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.ValidationResult;
import org.junit.jupiter.api.Test;

class ScaledTopologiesTest {
  @Test
  void spreadsServersEvenlyOverTheZones() {
    qt().withExamples(50).forAll(integers().between(1, 2000)).checkAssert(n -> {
      ServerGroup web = ScaledTopologies.scaled(n).serverGroup("web").orElseThrow();
      assertThat(web.total()).isEqualTo(n);
      assertThat(web.countIn("a") - web.countIn("c")).isBetween(0, 1);
    });
  }

  @Test
  void everySizeValidatesWithoutErrorsLikeTheReference() {
    qt().withExamples(30).forAll(integers().between(2, 500)).checkAssert(n -> {
      ValidationResult result = BuiltInRules.validator().validate(ScaledTopologies.scaled(n));
      assertThat(result.hasErrors()).as("scaled(%s): %s", n, result.active()).isFalse();
    });
  }

  @Test
  void oneServerCannotSpanTheZonesAndTheRulesSaySo() {
    ValidationResult result = BuiltInRules.validator().validate(ScaledTopologies.scaled(1));
    assertThat(result.active()).extracting(f -> f.ruleId()).contains("TK-AVAIL-001");
  }

  @Test
  void theNeededServersGrowInTheReferencesProportion() {
    assertThat(ScaledTopologies.scaled(2).serverGroup("web").orElseThrow().minimumInService()).isEqualTo(1);
    assertThat(ScaledTopologies.scaled(5).serverGroup("web").orElseThrow().minimumInService()).isEqualTo(2);
    assertThat(ScaledTopologies.scaled(2000).serverGroup("web").orElseThrow().minimumInService()).isEqualTo(1000);
  }

  @Test
  void everythingElseIsTheModernReference() {
    Topology scaled = ScaledTopologies.scaled(4);
    Topology modern = ReferenceDeployment.modern();
    assertThat(ImmutableTopology.copyOf(scaled).withName(modern.name())).isEqualTo(modern);
    assertThat(scaled.name()).isEqualTo("scaled");
  }

  @Test
  void noServersIsTheModelsError() {
    assertThatThrownBy(() -> ScaledTopologies.scaled(0))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("serverGroups[web].countPerZone");
  }
}
