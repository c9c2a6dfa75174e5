package org.singlepassword.adapters.persistence;

import java.util.Optional;

/**
 * Part of the outgoing persistence adapter: the kinds of database it speaks, told apart by their
 * JDBC URL. The repositories' SQL is the same on each; what differs is listed here: where each
 * one's migration scripts are, and how several instances starting at once take turns to migrate.
 */
enum Dialect {

  /**
   * The embedded file database (the default), or an HSQLDB server. A file has one process at a
   * time; on a new HSQLDB server, which commits each DDL statement as it runs and so cannot hold a
   * lock across a script, start one instance first and the others once it is up.
   */
  HSQLDB("jdbc:hsqldb:", "db/migration/hsqldb", Optional.empty(), Optional.empty()),

  /**
   * A session-level advisory lock, held from before {@code schema_version} is created until the
   * last script is applied: a second instance starting at the same moment waits, then finds the
   * schema current. (Two concurrent {@code CREATE TABLE IF NOT EXISTS} can both fail otherwise.)
   */
  POSTGRESQL(
      "jdbc:postgresql:",
      "db/migration/postgresql",
      // Any fixed number: every instance of Single-Password on one database agrees on it.
      Optional.of("SELECT pg_advisory_lock(7070001)"),
      Optional.of("SELECT pg_advisory_unlock(7070001)"));

  private final String urlPrefix;
  private final String migrationLocation;
  private final Optional<String> lockMigrations;
  private final Optional<String> unlockMigrations;

  Dialect(
      String urlPrefix,
      String migrationLocation,
      Optional<String> lockMigrations,
      Optional<String> unlockMigrations) {
    this.urlPrefix = urlPrefix;
    this.migrationLocation = migrationLocation;
    this.lockMigrations = lockMigrations;
    this.unlockMigrations = unlockMigrations;
  }

  /**
   * The dialect of the database a JDBC URL names.
   *
   * @throws IllegalArgumentException for any other kind of database; the message names only the
   *     URL's subprotocol, as the rest of a URL may carry credentials
   */
  static Dialect forJdbcUrl(String jdbcUrl) {
    for (Dialect dialect : values()) {
      if (jdbcUrl.startsWith(dialect.urlPrefix)) {
        return dialect;
      }
    }
    String[] parts = jdbcUrl.split(":", 3);
    String subprotocol = parts.length == 3 ? parts[1] : "?";
    throw new IllegalArgumentException(
        "no database migrations for '"
            + subprotocol
            + "': the URL must start with jdbc:hsqldb: or jdbc:postgresql:");
  }

  /** The resource folder of this dialect's scripts, one for each name in {@link Migrations}. */
  String migrationLocation() {
    return migrationLocation;
  }

  /** The statement that makes other instances wait while this one migrates, if one is needed. */
  Optional<String> lockMigrations() {
    return lockMigrations;
  }

  Optional<String> unlockMigrations() {
    return unlockMigrations;
  }
}
