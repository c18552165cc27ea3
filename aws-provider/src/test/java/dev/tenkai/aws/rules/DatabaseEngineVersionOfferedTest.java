package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DatabaseEngine;
import org.junit.jupiter.api.Test;

/** {@link DatabaseEngineVersionOffered}: a topology that violates it and one that does not. */
class DatabaseEngineVersionOfferedTest {
  private final DatabaseEngineVersionOffered rule = new DatabaseEngineVersionOffered();

  @Test
  void flagsTheSeedsMySql55() {
    assertThat(check(rule, withDatabase(db -> db.withVersion("5.5"))))
        .containsExactly("databases[db]: RDS no longer offers MySQL 5.5 (offered majors: 5.7, 8.0, 8.4)");
  }

  @Test
  void flagsARetiredPostgreSqlMajor() {
    assertThat(check(rule, withDatabase(db -> db.withEngine(DatabaseEngine.POSTGRESQL).withVersion("9.6.24"))))
        .containsExactly(
            "databases[db]: RDS no longer offers PostgreSQL 9.6.24 (offered majors: 11, 12, 13, 14, 15, 16, 17, 18)");
  }

  @Test
  void acceptsOfferedMajorsWithOrWithoutMinorVersion() {
    assertThat(check(rule, withDatabase(db -> db.withVersion("8.4.3")))).isEmpty();
    assertThat(check(rule, withDatabase(db -> db.withEngine(DatabaseEngine.POSTGRESQL).withVersion("16.4")))).isEmpty();
    assertThat(check(rule, withDatabase(db -> db.withEngine(DatabaseEngine.MARIADB).withVersion("10.11")))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
