package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DatabaseStorageSize}: a topology that violates it and one that does not. */
class DatabaseStorageSizeTest {
  private final DatabaseStorageSize rule = new DatabaseStorageSize();

  @Test
  void flagsLessThan20Gib() {
    assertThat(check(rule, withDatabase(db -> db.withStorageGib(10))))
        .containsExactly("databases[db]: allocated storage 10 GiB is outside 20-65536 GiB");
  }

  @Test
  void acceptsTheBoundaries() {
    assertThat(check(rule, withDatabase(db -> db.withStorageGib(65536)))).isEmpty();
    assertThat(check(rule, modern())).as("20 GiB by default").isEmpty();
  }
}
