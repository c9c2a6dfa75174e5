package org.singlepassword.adapters.persistence;

/** Where a test's database is, as an operator would give it in {@code SPS_DB_*}. */
public record TestDatabaseUrl(String jdbcUrl, String username, String password) {

  /** The database, opened and migrated as the service opens it. */
  public Database open() {
    return Database.open(jdbcUrl, username, password);
  }
}
