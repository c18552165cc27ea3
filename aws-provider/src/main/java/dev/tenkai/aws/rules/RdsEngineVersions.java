package dev.tenkai.aws.rules;

import com.google.common.collect.ImmutableMap;
import dev.tenkai.model.DatabaseEngine;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RDS major engine versions a new DB instance can be created with, as a small curated table.
 *
 * <p>Curated on 2026-11-27 from the RDS release calendars for MySQL, MariaDB and PostgreSQL; the
 * MySQL 5.7 and 8.0 end-of-standard-support dates and the rule that Extended Support majors can
 * still be created were confirmed in AWS's documentation that day, the rest is the project's best
 * reading and has not been checked against a live account. Keep it current:
 * {@code aws rds describe-db-major-engine-versions} lists the truth for an account. A major version past its RDS end of standard support can still
 * be created, but only in RDS Extended Support, which AWS charges extra for; MariaDB has no
 * Extended Support, so a retired MariaDB major cannot be created at all.
 */
final class RdsEngineVersions {
  /** Whether RDS creates a major version, and on what terms. */
  enum Support {
    /** In RDS standard support. */
    STANDARD,
    /** Past the RDS end of standard support: created only in paid RDS Extended Support. */
    EXTENDED
  }

  /** A major version's entry: its support and, for Extended Support, since when. */
  record Entry(String major, Support support, Optional<String> standardSupportEnded) {}

  private static final ImmutableMap<DatabaseEngine, List<Entry>> OFFERED =
      ImmutableMap.of(
          DatabaseEngine.MYSQL,
          List.of(
              extended("5.7", "2024-02-29"),
              extended("8.0", "2026-07-31"),
              standard("8.4")),
          DatabaseEngine.MARIADB,
          List.of(standard("10.6"), standard("10.11"), standard("11.4"), standard("11.8")),
          DatabaseEngine.POSTGRESQL,
          List.of(
              extended("11", "2024-02-29"),
              extended("12", "2025-02-28"),
              extended("13", "2026-02-28"),
              standard("14"),
              standard("15"),
              standard("16"),
              standard("17"),
              standard("18")));

  private static final Pattern LEADING_NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?.*");

  private RdsEngineVersions() {}

  private static Entry standard(String major) {
    return new Entry(major, Support.STANDARD, Optional.empty());
  }

  private static Entry extended(String major, String endOfStandardSupport) {
    return new Entry(major, Support.EXTENDED, Optional.of(endOfStandardSupport));
  }

  /**
   * The RDS major version of {@code version}: {@code X.Y} for MySQL and MariaDB ({@code 8.0.39} is
   * 8.0), {@code X} for PostgreSQL 10 and later ({@code 16.4} is 16), {@code X.Y} before 10.
   */
  static String majorOf(DatabaseEngine engine, String version) {
    Matcher m = LEADING_NUMBERS.matcher(version.trim());
    if (!m.matches()) {
      return version.trim();
    }
    String first = m.group(1);
    String second = m.group(2);
    if (engine == DatabaseEngine.POSTGRESQL && Integer.parseInt(first) >= 10) {
      return first;
    }
    return second == null ? first : first + "." + second;
  }

  /** The entry of {@code version}'s major version, when RDS still creates it. */
  static Optional<Entry> lookup(DatabaseEngine engine, String version) {
    String major = majorOf(engine, version);
    return OFFERED.get(engine).stream().filter(e -> e.major().equals(major)).findFirst();
  }

  /** The major versions RDS creates for {@code engine}, oldest first. */
  static List<String> offeredMajors(DatabaseEngine engine) {
    return OFFERED.get(engine).stream().map(Entry::major).toList();
  }

  /** The engine's name as RDS's documentation writes it. */
  static String displayName(DatabaseEngine engine) {
    switch (engine) {
      case MYSQL:
        return "MySQL";
      case MARIADB:
        return "MariaDB";
      case POSTGRESQL:
        return "PostgreSQL";
    }
    throw new AssertionError(engine);
  }
}
