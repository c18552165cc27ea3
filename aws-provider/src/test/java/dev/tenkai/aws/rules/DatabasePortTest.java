package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DatabasePort}: a topology that violates it and one that does not. */
class DatabasePortTest {
  private final DatabasePort rule = new DatabasePort();

  @Test
  void flagsAPortBelow1150() {
    assertThat(check(rule, withDatabase(db -> db.withPort(1000))))
        .containsExactly("databases[db]: port 1000 is below 1150, the lowest RDS allows");
  }

  @Test
  void acceptsTheDefaultAndTheLowestAllowed() {
    assertThat(check(rule, withDatabase(db -> db.withPort(1150)))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
