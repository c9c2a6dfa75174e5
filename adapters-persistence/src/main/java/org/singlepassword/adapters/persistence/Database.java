package org.singlepassword.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Outgoing adapter: the database behind the repositories, with its connection pool, migrated to
 * this build's schema when opened. By default an HSQLDB file under the data directory that writes
 * each commit through to disk, which {@link #close} shuts down cleanly; or a PostgreSQL (or HSQLDB
 * server) database that several instances of the service share. A database out of reach reaches the
 * use cases as a {@code StoreUnavailableException}, and the pool reconnects once it is back.
 */
public final class Database implements AutoCloseable {

  /**
   * HSQLDB's defaults lose acknowledged commits on a crash (write delay) and lock whole tables
   * (tx=locks); cached tables keep rows on disk, not all in the heap, as the audit trail grows.
   */
  private static final String EMBEDDED_SETTINGS =
      ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached";

  private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

  /**
   * How long a request waits for a connection before it is told the database is unavailable: long
   * enough for a busy pool to free one, short enough that nobody stares at a hung page.
   */
  private static final Duration CONNECTION_WAIT = Duration.ofSeconds(5);

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final boolean inProcessHsqldb;

  private Database(HikariDataSource pool, boolean inProcessHsqldb) {
    this.pool = pool;
    this.jdbi = Jdbi.create(() -> UnreachableDatabase.connect(pool));
    jdbi.setHandleCallbackDecorator(new UnreachableDatabase());
    this.inProcessHsqldb = inProcessHsqldb;
  }

  /** The embedded HSQLDB database in {@code <dataDirectory>/db/}, created on first use. */
  public static Database openEmbedded(Path dataDirectory) {
    Path directory = dataDirectory.toAbsolutePath().resolve("db");
    try {
      Files.createDirectories(directory);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot create the database directory " + directory, failure);
    }
    String url = "jdbc:hsqldb:file:" + directory.resolve("single-password") + EMBEDDED_SETTINGS;
    return open(url, "SA", "");
  }

  /**
   * The database a JDBC URL names ({@code jdbc:postgresql:…} or {@code jdbc:hsqldb:…}), migrated
   * before it is returned.
   *
   * @throws IllegalArgumentException when no migrations exist for that kind of database
   * @throws IllegalStateException when its schema is newer than this build knows
   */
  public static Database open(String jdbcUrl, String username, String password) {
    Migrations migrations = Migrations.of(Dialect.forJdbcUrl(jdbcUrl));
    HikariConfig config = new HikariConfig();
    config.setPoolName("single-password-database");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(username);
    config.setPassword(password);
    config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
    boolean inProcessHsqldb =
        jdbcUrl.startsWith("jdbc:hsqldb:file:") || jdbcUrl.startsWith("jdbc:hsqldb:mem:");
    if (inProcessHsqldb) {
      // After a crash HSQLDB refuses the files until the dead process's lock heartbeat is ~10 s
      // old: keep trying rather than fail the restart that follows a crash.
      config.setInitializationFailTimeout(LOCK_WAIT.toMillis());
    }
    Database database = new Database(new HikariDataSource(config), inProcessHsqldb);
    try {
      migrations.migrate(database.jdbi);
      return database;
    } catch (RuntimeException failure) {
      database.closeAfter(failure);
      throw failure;
    }
  }

  /** Where the repositories and the transactions reach the database. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Shuts an in-process HSQLDB down, which checkpoints its log and releases its files, then closes
   * the pool. Closing the pool alone would leave the database open until the JVM exits.
   */
  @Override
  public void close() {
    if (pool.isClosed()) {
      return;
    }
    // The pool goes first: a pool still open may refill itself after SHUTDOWN and so reopen the
    // files. Then one plain connection of the same credentials shuts the database down.
    pool.close();
    if (inProcessHsqldb) {
      try (Connection connection =
              DriverManager.getConnection(
                  pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException failed) {
        throw new IllegalStateException("the database did not shut down cleanly", failed);
      }
    }
  }

  private void closeAfter(RuntimeException failure) {
    try {
      close();
    } catch (RuntimeException closing) {
      failure.addSuppressed(closing);
    }
  }
}
