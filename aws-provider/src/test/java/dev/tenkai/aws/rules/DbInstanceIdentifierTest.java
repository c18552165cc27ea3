package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import org.junit.jupiter.api.Test;

/** {@link DbInstanceIdentifier}: a topology that violates it and one that does not. */
class DbInstanceIdentifierTest {
  private final DbInstanceIdentifier rule = new DbInstanceIdentifier();

  @Test
  void flagsDoubleHyphen() {
    assertThat(check(rule, named("ref-")))
        .containsExactly("databases[db]: DB instance identifier 'ref--db' holds two consecutive hyphens");
  }

  @Test
  void acceptsALongNameBecauseTheIdentifierIsShortened() {
    String name = "t" + Strings.repeat("x", 60);
    assertThat(AwsNames.dbInstance(named(name), modern().databases().get(0))).hasSize(63).matches(".*-[0-9a-f]{6}");
    assertThat(check(rule, named(name))).isEmpty();
  }

  @Test
  void acceptsTheReference() {
    assertThat(check(rule, named("t" + Strings.repeat("x", 59)))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
