package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DatabaseEngine;
import org.junit.jupiter.api.Test;

/** {@link DatabaseEngineVersionExtendedSupport}: a topology that violates it and one that does not. */
class DatabaseEngineVersionExtendedSupportTest {
  private final DatabaseEngineVersionExtendedSupport rule = new DatabaseEngineVersionExtendedSupport();

  @Test
  void flagsMySql80PastStandardSupport() {
    assertThat(check(rule, withDatabase(db -> db.withVersion("8.0"))))
        .containsExactly(
            "databases[db]: MySQL 8.0 left RDS standard support on 2026-07-31; RDS creates it only in paid Extended Support");
  }

  @Test
  void flagsPostgreSql13() {
    assertThat(check(rule, withDatabase(db -> db.withEngine(DatabaseEngine.POSTGRESQL).withVersion("13.20"))))
        .containsExactly(
            "databases[db]: PostgreSQL 13 left RDS standard support on 2026-02-28; RDS creates it only in paid Extended Support");
  }

  @Test
  void acceptsAStandardSupportMajorAndLeavesRetiredOnesToAws016() {
    assertThat(check(rule, withDatabase(db -> db.withVersion("8.4")))).isEmpty();
    assertThat(check(rule, withDatabase(db -> db.withVersion("5.5")))).isEmpty();
  }
}
