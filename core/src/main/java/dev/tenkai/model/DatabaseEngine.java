package dev.tenkai.model;

/** A relational database engine. */
public enum DatabaseEngine {
  /** MySQL (the seed's 5.5). */
  MYSQL(3306),
  /** MariaDB. */
  MARIADB(3306),
  /** PostgreSQL. */
  POSTGRESQL(5432);

  private final int defaultPort;

  DatabaseEngine(int defaultPort) {
    this.defaultPort = defaultPort;
  }

  /** The port the engine listens on unless told otherwise. */
  public int defaultPort() {
    return defaultPort;
  }
}
