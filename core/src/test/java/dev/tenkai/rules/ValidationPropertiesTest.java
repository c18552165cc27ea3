package dev.tenkai.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.tenkai.fixtures.TopologyGen;
import dev.tenkai.report.findings.FindingsReport;
import dev.tenkai.report.findings.ReportFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ValidationPropertiesTest {
  @Test
  void validationNeverThrowsAndIsDeterministic() {
    qt().withExamples(150).forAll(TopologyGen.topologies()).checkAssert(t -> {
      ValidationResult first = BuiltInRules.validator().validate(t);
      ValidationResult again = BuiltInRules.validator().validate(t);
      assertThat(again.findings()).containsExactlyElementsOf(first.findings());
      assertThat(first.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
      // Every report renders whatever the findings, and renders the same twice.
      for (ReportFormat format : ReportFormat.values()) {
        assertThat(FindingsReport.render(format, first, List.of(BuiltInRules.all()), true))
            .isEqualTo(FindingsReport.render(format, again, List.of(BuiltInRules.all()), true));
      }
    });
  }

  @Test
  void theGeneratorReachesEveryFamily() {
    Set<String> families = new TreeSet<>();
    qt().withFixedSeed(20121127L).withExamples(150).forAll(TopologyGen.topologies()).checkAssert(t ->
        BuiltInRules.validator().validate(t).findings().forEach(f -> families.add(f.ruleId().split("-")[1])));
    assertThat(families).containsExactlyInAnyOrder("AVAIL", "ANA", "LB", "DNS", "NET", "SEC", "OPS", "CACHE");
  }
}
