package dev.tenkai.aws.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DatabaseEngine;
import org.junit.jupiter.api.Test;

/** How a model's version string maps to an RDS major version. */
class RdsEngineVersionsTest {
  @Test
  void mySqlAndMariaDbMajorsHaveTwoParts() {
    assertThat(RdsEngineVersions.majorOf(DatabaseEngine.MYSQL, "8.0.39")).isEqualTo("8.0");
    assertThat(RdsEngineVersions.majorOf(DatabaseEngine.MYSQL, "5.5")).isEqualTo("5.5");
    assertThat(RdsEngineVersions.majorOf(DatabaseEngine.MARIADB, "10.11.9")).isEqualTo("10.11");
  }

  @Test
  void postgreSqlMajorsHaveOnePartFromTen() {
    assertThat(RdsEngineVersions.majorOf(DatabaseEngine.POSTGRESQL, "16.4")).isEqualTo("16");
    assertThat(RdsEngineVersions.majorOf(DatabaseEngine.POSTGRESQL, "17")).isEqualTo("17");
    assertThat(RdsEngineVersions.majorOf(DatabaseEngine.POSTGRESQL, "9.6.24")).isEqualTo("9.6");
  }

  @Test
  void anUnparsableVersionIsNotOffered() {
    assertThat(RdsEngineVersions.lookup(DatabaseEngine.MYSQL, "latest")).isEmpty();
    assertThat(RdsEngineVersions.lookup(DatabaseEngine.MYSQL, "8")).isEmpty();
  }
}
