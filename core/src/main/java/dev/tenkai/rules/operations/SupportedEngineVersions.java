package dev.tenkai.rules.operations;

import dev.tenkai.model.DatabaseEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The oldest database engine versions still supported by their communities: the one table to update
 * when an engine reaches its end of life.
 */
final class SupportedEngineVersions {
  /**
   * As of 2026-11 (review at every release). MySQL 8.0 reached community end of life in April 2026
   * (8.4 is the LTS); PostgreSQL 13 in November 2025; MariaDB 10.6 in July 2026 (10.11 is the next LTS).
   */
  static final String MYSQL = "8.4";

  static final String POSTGRESQL = "14";

  static final String MARIADB = "10.11";

  /** The same, for rule metadata (an annotation needs a constant). */
  static final String SUMMARY = "MySQL < " + MYSQL + ", PostgreSQL < " + POSTGRESQL + ", MariaDB < " + MARIADB;

  private static final Map<DatabaseEngine, String> OLDEST_SUPPORTED =
      Map.of(
          DatabaseEngine.MYSQL, MYSQL,
          DatabaseEngine.POSTGRESQL, POSTGRESQL,
          DatabaseEngine.MARIADB, MARIADB);

  /** When the table was last checked, for messages. */
  static final String AS_OF = "2026-11";

  private SupportedEngineVersions() {}

  /** The oldest supported version of {@code engine}. */
  static String oldestSupported(DatabaseEngine engine) {
    return OLDEST_SUPPORTED.get(engine);
  }

  /**
   * Whether {@code version} is older than the oldest supported one; empty when the version does not
   * start with a number (then it cannot be judged).
   */
  static Optional<Boolean> isDeprecated(DatabaseEngine engine, String version) {
    List<Integer> v = numbers(version);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> oldest = numbers(oldestSupported(engine));
    for (int i = 0; i < oldest.size(); i++) {
      int part = i < v.size() ? v.get(i) : 0;
      if (part != oldest.get(i)) {
        return Optional.of(part < oldest.get(i));
      }
    }
    return Optional.of(false);
  }

  /** The leading numeric components: "8.0.35" is [8, 0, 35], "5.7.mysql_aurora.2" is [5, 7]. */
  private static List<Integer> numbers(String version) {
    List<Integer> out = new ArrayList<>();
    for (String part : version.trim().split("\\.")) {
      if (part.isEmpty() || part.length() > 6 || !part.chars().allMatch(Character::isDigit)) {
        break;
      }
      out.add(Integer.parseInt(part));
    }
    return out;
  }
}
