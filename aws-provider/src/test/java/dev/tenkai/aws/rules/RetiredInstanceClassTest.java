package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RetiredInstanceClass}: a topology that violates it and one that does not. */
class RetiredInstanceClassTest {
  private final RetiredInstanceClass rule = new RetiredInstanceClass();

  @Test
  void flagsTheSeedsDbM1Small() {
    assertThat(check(rule, withDatabase(db -> db.withInstanceClass("db.m1.small"))))
        .containsExactly(
            "databases[db]: RDS no longer offers instance class 'db.m1.small' (family m1); current families include m7g, r7g, t4g");
  }

  @Test
  void acceptsCurrentAndPreviousGenerationClasses() {
    assertThat(check(rule, withDatabase(db -> db.withInstanceClass("db.t2.small")))).as("previous, not retired").isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
