package dev.tenkai.test;

import static dev.tenkai.test.TenkaiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.SeedPitfallTopologies;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyAssertTest {
  private final Topology reference = ReferenceTopologies.modern();
  private final Topology pitfalls = SeedPitfallTopologies.pitfalls();

  @Test
  void theReferenceDeploymentPassesEveryTopologyAssertion() {
    assertThat(reference)
        .hasNoErrors()
        .survivesLossOfAnyZone()
        .keepsNeededCapacityOnLossOfAnyZone()
        .restart("web").neverBelowNeed().neverDown().takesAtMost(Duration.ofMinutes(10));
  }

  @Test
  void errorsFailTheAssertionAndAreListedWithTheirRules() {
    assertThatThrownBy(() -> assertThat(pitfalls).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected topology seed-pitfalls to have no errors")
        .hasMessageContaining("ERROR ");
  }

  @Test
  void aValidatorWithoutTheFailingRulesPasses() {
    Validator nothing = Validator.builder().build();
    assertThat(pitfalls).hasNoErrors(nothing);
    assertThatThrownBy(() -> assertThat(pitfalls).hasNoErrors(BuiltInRules.validator())).isInstanceOf(AssertionError.class);
  }

  @Test
  void hasFindingNamesTheRuleItLookedFor() {
    String someRule = BuiltInRules.validator().validate(pitfalls).active().get(0).ruleId();
    assertThat(pitfalls).hasFinding(someRule);
    assertThatThrownBy(() -> assertThat(reference).hasFinding("no-such-rule"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a finding of rule no-such-rule");
  }

  @Test
  void aDatabaseWithoutStandbyDoesNotSurviveTheLossOfItsZone() {
    ImmutableTopology t = ImmutableTopology.copyOf(reference);
    Topology single = t.withDatabases(List.of(ImmutableDatabase.copyOf(reference.databases().get(0)).withStandbyZone(java.util.Optional.empty())));
    assertThatThrownBy(() -> assertThat(single).survivesLossOfAnyZone())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("losing zone a")
        .hasMessageContaining("db");
  }

  @Test
  void anAllAtOnceRestartIsDownAndBelowNeed() {
    assertThatThrownBy(() -> assertThat(pitfalls).restart("web").neverDown())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected restarting web to always keep a server in service");
    assertThatThrownBy(() -> assertThat(pitfalls).restart("web").neverBelowNeed())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fewer than");
  }

  @Test
  void anUnknownGroupIsNamedWithTheGroupsThereAre() {
    assertThatThrownBy(() -> assertThat(reference).restart("api"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("server group api")
        .hasMessageContaining("[web]");
  }

  @Test
  void aRestartLongerThanTheLimitFails() {
    assertThatThrownBy(() -> assertThat(reference).restart("web").takesAtMost(Duration.ofSeconds(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to take at most PT1S");
    assertThat(reference.name()).isEqualTo("reference");
  }
}
