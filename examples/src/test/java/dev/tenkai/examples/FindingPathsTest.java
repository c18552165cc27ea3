package dev.tenkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding on the examples names an element that is really in the topology. */
class FindingPathsTest {
  private static final Validator EVERY_RULE =
      Validator.builder().addPacks(BuiltInRules.validator().packs()).addPack(AwsRules.pack()).build();

  @Test
  void everyFindingOfEveryRuleOnTheExamplesResolvesToAnElementOfItsTopology() {
    List<Topology> examples = List.of(
        ReferenceDeployment.modern(), ReferenceDeployment.of2012(), SeedPitfalls.topology(),
        ScaledTopologies.scaled(50));
    int findings = 0;
    for (Topology t : examples) {
      ValidationResult r = EVERY_RULE.validate(t);
      for (Finding f : r.findings()) {
        assertThat(f.resource().resolvesIn(t)).as("%s in %s", f, t.name()).isTrue();
        findings++;
      }
    }
    // The 2012 original and the seed's pitfalls are there to be flagged.
    assertThat(findings).isGreaterThan(10);
  }
}
