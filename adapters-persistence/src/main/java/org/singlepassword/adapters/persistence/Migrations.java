package org.singlepassword.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part of the outgoing persistence adapter, run when the database opens: brings the schema to this
 * build's version with the scripts under {@code db/migration/<dialect>/}, each applied once and in
 * order, in a transaction with its row in {@code schema_version}. A newer schema is refused.
 *
 * <p>Every dialect has a script of each name below, with the same version and meaning in its own
 * SQL: a new version adds one name here and one file to each dialect's folder.
 */
final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final Pattern SCRIPT_NAME = Pattern.compile("V([1-9][0-9]*)__(\\w+)\\.sql");

  /** Listed rather than scanned, so that they are found in a jar as on a directory. */
  static final List<String> SCRIPT_NAMES =
      List.of(
          "V1__create_accounts.sql",
          "V2__create_e_services.sql",
          "V3__create_sessions.sql",
          "V4__create_audit_events.sql",
          "V5__account_lifecycle.sql",
          "V6__password_resets.sql",
          "V7__email_lookup_ignores_case.sql",
          "V8__service_tickets.sql");

  private static final String CREATE_SCHEMA_VERSION =
      """
      CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER NOT NULL PRIMARY KEY,
        description VARCHAR(200) NOT NULL,
        applied_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
      )
      """;

  private static final String SELECT_CURRENT_VERSION =
      "SELECT COALESCE(MAX(version), 0) FROM schema_version";

  private static final String RECORD_VERSION =
      """
      INSERT INTO schema_version (version, description, applied_at)
      VALUES (:version, :description, CURRENT_TIMESTAMP)
      """;

  private final Dialect dialect;
  private final List<Script> scripts;

  private Migrations(Dialect dialect, List<String> scriptNames) {
    this.dialect = dialect;
    this.scripts = scriptNames.stream().map(Script::named).toList();
    for (int index = 0; index < scripts.size(); index++) {
      if (scripts.get(index).version() != index + 1) {
        throw new IllegalStateException(
            "migration scripts must be V1, V2… in order: " + scriptNames);
      }
    }
  }

  /** The migrations for a dialect: the same versions, in its own folder. */
  static Migrations of(Dialect dialect) {
    return new Migrations(dialect, SCRIPT_NAMES);
  }

  /**
   * Applies the scripts the database does not have yet.
   *
   * @throws IllegalStateException when the database's schema is newer than this build knows
   */
  void migrate(Jdbi jdbi) {
    jdbi.useHandle(
        handle -> {
          dialect.lockMigrations().ifPresent(handle::execute);
          try {
            migrate(handle);
          } finally {
            dialect.unlockMigrations().ifPresent(handle::execute);
          }
        });
  }

  private void migrate(Handle handle) {
    handle.execute(CREATE_SCHEMA_VERSION);
    int current = handle.createQuery(SELECT_CURRENT_VERSION).mapTo(Integer.class).one();
    int latest = scripts.size();
    if (current > latest) {
      throw new IllegalStateException(
          "database schema version "
              + current
              + " is newer than this build knows ("
              + latest
              + "); upgrade the service");
    }
    for (Script script : scripts.subList(current, latest)) {
      apply(handle, script);
    }
  }

  private void apply(Handle handle, Script script) {
    String sql = script.read(dialect.migrationLocation());
    // HSQLDB commits each DDL statement as it runs: a script failing half-way leaves its first
    // statements in place, so keep each script to what is safe to finish by hand. PostgreSQL
    // rolls a failed script back whole.
    handle.useTransaction(
        transaction -> {
          transaction.createScript(sql).executeAsSeparateStatements();
          transaction
              .createUpdate(RECORD_VERSION)
              .bind("version", script.version())
              .bind("description", script.description())
              .execute();
        });
    LOG.info("Database schema now at version {}: {}", script.version(), script.description());
  }

  /** One versioned script, such as {@code V1__create_accounts.sql}. */
  private record Script(int version, String description, String fileName) {

    static Script named(String fileName) {
      Matcher name = SCRIPT_NAME.matcher(fileName);
      if (!name.matches()) {
        throw new IllegalStateException("not a migration script name: " + fileName);
      }
      return new Script(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName);
    }

    String read(String location) {
      String resource = location + "/" + fileName;
      try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("migration script missing from the build: " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException failure) {
        throw new UncheckedIOException("cannot read " + resource, failure);
      }
    }
  }
}
