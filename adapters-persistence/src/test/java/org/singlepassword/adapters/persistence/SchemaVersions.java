package org.singlepassword.adapters.persistence;

import java.util.List;

/** What the migration tests read back from a database, whichever its dialect. */
final class SchemaVersions {

  private SchemaVersions() {}

  /** "1 create accounts" and so on, as {@code schema_version} records them. */
  static List<String> applied(Database database) {
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT version, description FROM schema_version ORDER BY version")
                    .map(
                        (row, context) ->
                            row.getInt("version") + " " + row.getString("description"))
                    .list());
  }

  /** Each version with the instant it was applied, so that a re-run shows as a change. */
  static List<String> appliedWithTheirInstants(Database database) {
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT version, applied_at FROM schema_version ORDER BY version")
                    .map(
                        (row, context) -> row.getInt("version") + " " + row.getString("applied_at"))
                    .list());
  }

  /** The tables of the schema, named as the dialect spells it (HSQLDB: PUBLIC). */
  static List<String> tables(Database database, String schema) {
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = :schema")
                    .bind("schema", schema)
                    .mapTo(String.class)
                    .list());
  }
}
