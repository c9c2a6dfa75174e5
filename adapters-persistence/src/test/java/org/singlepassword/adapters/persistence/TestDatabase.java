package org.singlepassword.adapters.persistence;

import java.nio.file.Path;

/**
 * The databases every persistence test runs on, each opened new for the test class that asks: the
 * rows of the matrix "port contract × database" that the {@code …OnHsqldbTest} and {@code
 * …OnPostgresTest} classes fill (the in-memory fakes are the third row, in application).
 */
public enum TestDatabase {

  /** The default: an HSQLDB file in the test's temporary directory. */
  HSQLDB_FILE {
    @Override
    public Database open(Path directory) {
      return Database.openEmbedded(directory);
    }
  },

  /** A database of its own on the test JVM's embedded PostgreSQL server. */
  POSTGRESQL {
    @Override
    public Database open(Path directory) {
      return TestPostgres.shared().newDatabase().open();
    }
  };

  /** A new database, migrated; {@code directory} is the test's own, for a database in files. */
  public abstract Database open(Path directory);
}
