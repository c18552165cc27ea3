package dev.tenkai.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
  /** The modern reference still on MySQL 8.0: no error, one warning (TK-OPS-003). */
  private static final dev.tenkai.model.Topology ON_MYSQL_80 =
      dev.tenkai.model.ImmutableTopology.copyOf(ReferenceTopologies.modern()).withDatabases(
          dev.tenkai.model.ImmutableDatabase.copyOf(ReferenceTopologies.modern().databases().get(0)).withVersion("8.0"));

  @Test
  void errorsGiveTwoWhateverTheWarningsSetting() {
    ValidationResult r = BuiltInRules.validator().validate(ReferenceTopologies.of2012());
    assertThat(ExitCode.of(r, false).code()).isEqualTo(2);
    assertThat(ExitCode.of(r, true).code()).isEqualTo(2);
  }

  @Test
  void warningsGiveOneOnlyWhenAsked() {
    ValidationResult r = BuiltInRules.validator().validate(ON_MYSQL_80);
    assertThat(r.hasWarnings()).isTrue();
    assertThat(ExitCode.of(r, false)).isEqualTo(ExitCode.CLEAN);
    assertThat(ExitCode.of(r, true)).isEqualTo(ExitCode.WARNINGS);
    assertThat(ExitCode.WARNINGS.code()).isEqualTo(1);
  }

  @Test
  void suppressedAndInfoFindingsNeverFail() {
    ValidationResult suppressed = Validator.builder().addPack(BuiltInRules.all())
        .suppress("TK-OPS-003", "databases[db]", "upgrade planned").build()
        .validate(ON_MYSQL_80);
    assertThat(ExitCode.of(suppressed, true).code()).isZero();
    ValidationResult info = Validator.builder().addPack(BuiltInRules.all())
        .severity("TK-OPS-003", Severity.INFO).build()
        .validate(ON_MYSQL_80);
    assertThat(ExitCode.of(info, true).code()).isZero();
  }
}
