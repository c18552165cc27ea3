package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

class AwsChecksTest {
  @Test
  void applyChecksEveryBuiltInRuleAndAwsConstraints() {
    assertThat(AwsChecks.validator().packs()).extracting(p -> p.name())
        .containsExactly(BuiltInRules.DEFAULT_PACK, AwsRules.PACK_NAME);
  }

  @Test
  void aMissingImageBecomesCommandLineAdvice() {
    assertThatThrownBy(() -> AwsChecks.withImageHint(() -> {
      throw new IllegalArgumentException("no image id for role 'web' (model reference none): set AwsOptions.image(...)");
    })).isInstanceOf(CommandFailure.class).hasMessageContaining("role 'web'").hasMessageContaining("--image ROLE=ami-");
  }

  @Test
  void otherArgumentErrorsPassThroughUnchanged() {
    IllegalArgumentException other = new IllegalArgumentException("zone 'b' is not offered");
    assertThatThrownBy(() -> AwsChecks.withImageHint(() -> {
      throw other;
    })).isSameAs(other);
    assertThat(AwsChecks.withImageHint(() -> "plan")).isEqualTo("plan");
  }
}
