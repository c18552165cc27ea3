package dev.tenkai.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
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
