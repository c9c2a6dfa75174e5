package org.singlepassword.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.adapters.persistence.audit.JdbiAuditTrail;
import org.singlepassword.adapters.persistence.reset.JdbiExpiryWarnings;
import org.singlepassword.adapters.persistence.reset.JdbiPasswordResets;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.TokenHash;

/**
 * The schema at start on the embedded HSQLDB file: a fresh database gets every script in order, a
 * reopened one nothing twice, a database of an older version keeps its rows, and a database
 * migrated by a newer build is refused rather than misread.
 */
class MigrationsOnHsqldbTest {

  private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
  private static final Set<String> TABLES =
      Set.of(
          "SCHEMA_VERSION",
          "ACCOUNTS",
          "PASSWORD_HISTORY",
          "E_SERVICES",
          "E_SERVICE_URLS",
          "SESSIONS",
          "AUDIT_EVENTS",
          "PASSWORD_RESETS",
          "EXPIRY_WARNINGS",
          "SERVICE_TICKETS");

  @TempDir Path dataDirectory;

  @Test
  void aFreshDatabaseGetsEveryScriptOfTheMigrationDirectoryInOrder() throws Exception {
    try (Database database = Database.openEmbedded(dataDirectory)) {
      assertEquals(scriptsInTheBuild(), SchemaVersions.applied(database));
      assertEquals(TABLES, Set.copyOf(SchemaVersions.tables(database, "PUBLIC")));
    }
  }

  @Test
  void reopeningAppliesNothingAgainAndReleasesTheFilesOnClose() throws Exception {
    List<String> appliedAtFirstOpen;
    try (Database database = Database.openEmbedded(dataDirectory)) {
      appliedAtFirstOpen = SchemaVersions.appliedWithTheirInstants(database);
    }
    assertFalse(Files.exists(lockFile()), "the database was not shut down");

    try (Database database = Database.openEmbedded(dataDirectory)) {
      assertEquals(appliedAtFirstOpen, SchemaVersions.appliedWithTheirInstants(database));
    }
  }

  /**
   * A database in the field at version 4, written as that build wrote it, opened by this one: its
   * accounts come back enabled, unlocked and with no failed attempt, its events with no address,
   * and an account is found by its address and its password's age, and can be sent a reset link and
   * an expiry warning.
   */
  @Test
  void theCurrentVersionKeepsEveryAccountAndEventOfAVersion4Database() throws Exception {
    Username username = new Username("field.account");
    Instant changedAt = Instant.parse("2024-10-27T01:30:00.123456Z");
    writeVersion4DatabaseWithOneAccountAndEvent(username, changedAt);

    try (Database database = Database.openEmbedded(dataDirectory)) {
      assertEquals(scriptsInTheBuild(), SchemaVersions.applied(database));
      AccountState account =
          new JdbiAccountRepository(database.jdbi()).findByUsername(username).orElseThrow().state();
      List<AuditEvent> events = new JdbiAuditTrail(database.jdbi()).recentFor(username, 10);

      assertTrue(account.enabled());
      assertEquals(0, account.failedAttempts());
      assertEquals(Optional.empty(), account.lockedUntil());
      assertEquals(changedAt, account.passwordChangedAt());
      assertEquals(3, account.version());
      assertEquals(1, events.size());
      assertEquals(changedAt, events.get(0).at());
      assertEquals(Optional.empty(), events.get(0).clientAddress());
      assertCanBeFoundAndSentAResetAndAWarning(database, account);
    }
  }

  @Test
  void refusesToStartOnASchemaNewerThanThisBuildKnows() throws Exception {
    int known = scriptsInTheBuild().size();
    try (Database database = Database.openEmbedded(dataDirectory)) {
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "INSERT INTO schema_version VALUES (?, 'from a newer build', CURRENT_TIMESTAMP)",
                      known + 1));
    }

    IllegalStateException refusal =
        assertThrows(IllegalStateException.class, () -> Database.openEmbedded(dataDirectory));

    assertEquals(
        "database schema version "
            + (known + 1)
            + " is newer than this build knows ("
            + known
            + "); upgrade the service",
        refusal.getMessage());
    assertFalse(Files.exists(lockFile()), "the refused database was left open");
  }

  @Test
  void refusesAKindOfDatabaseItHasNoMigrationsForWithoutShowingTheUrl() {
    IllegalArgumentException refusal =
        assertThrows(
            IllegalArgumentException.class,
            () -> Database.open("jdbc:mysql://db.example.edu/sp?password=s3cret", "sp", "s3cret"));

    assertTrue(refusal.getMessage().contains("'mysql'"), refusal.getMessage());
    assertFalse(refusal.getMessage().contains("s3cret"), refusal.getMessage());
  }

  /** What version 6 brings, for an account that version 4 stored. */
  private static void assertCanBeFoundAndSentAResetAndAWarning(
      Database database, AccountState account) {
    JdbiAccountRepository accounts = new JdbiAccountRepository(database.jdbi());
    Instant changedAt = account.passwordChangedAt();
    assertEquals(
        List.of(account.id()),
        accounts.findByEmail(account.email()).stream().map(Account::id).toList());
    assertEquals(
        List.of(account.id()),
        accounts.findWithPasswordSetBetween(changedAt, changedAt.plusSeconds(1)).stream()
            .map(Account::id)
            .toList());

    JdbiPasswordResets resets = new JdbiPasswordResets(database.jdbi());
    PasswordReset reset =
        new PasswordReset(
            new TokenHash("Z2EkSbLz0xxTzrkhoHJ2m9Rz8a8pJj3m8bdVLzSBV6w"),
            account.id(),
            changedAt.plusSeconds(60),
            changedAt.plusSeconds(60 + 30 * 60),
            changedAt);
    resets.add(reset);
    assertEquals(Optional.of(reset), resets.newestFor(account.id()));
    assertTrue(new JdbiExpiryWarnings(database.jdbi()).markSent(account.id(), changedAt));
  }

  /** Scripts V1 to V4 and their rows in schema_version, then one account and one event. */
  private void writeVersion4DatabaseWithOneAccountAndEvent(Username username, Instant at)
      throws IOException {
    Path files = dataDirectory.resolve("db");
    Files.createDirectories(files);
    Jdbi version4 =
        Jdbi.create(
            "jdbc:hsqldb:file:"
                + files.resolve("single-password")
                + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached",
            "SA",
            "");
    List<String> scripts =
        List.of(
            "V1__create_accounts.sql",
            "V2__create_e_services.sql",
            "V3__create_sessions.sql",
            "V4__create_audit_events.sql");
    try (Handle handle = version4.open()) {
      handle.execute(
          """
          CREATE TABLE schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            description VARCHAR(200) NOT NULL,
            applied_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
          )
          """);
      for (int index = 0; index < scripts.size(); index++) {
        handle.createScript(script(scripts.get(index))).executeAsSeparateStatements();
        String description = scripts.get(index).replaceAll("^V\\d+__|\\.sql$", "");
        handle.execute(
            "INSERT INTO schema_version VALUES (?, ?, CURRENT_TIMESTAMP)",
            index + 1,
            description.replace('_', ' '));
      }
      handle
          .createUpdate(
              """
              INSERT INTO accounts (id, username, display_name, email, password_hash, status,
                                    password_changed_at, password_changed_through, version)
              VALUES ('6f1c1a52-3b8e-4b53-9a57-0d2a39c5d0e1', :username, 'Chan Tai Man',
                      'chan.tm@example.edu', 'fake$v1$1$SW5pdGlhbA', 'ACTIVE',
                      :at, 'web', 3)
              """)
          .bind("username", username.value())
          .bind("at", UtcTimestamps.toColumn(at))
          .execute();
      handle
          .createUpdate(
              """
              INSERT INTO audit_events (occurred_at, username, type, channel)
              VALUES (:at, :username, 'PASSWORD_CHANGED', 'web')
              """)
          .bind("username", username.value())
          .bind("at", UtcTimestamps.toColumn(at))
          .execute();
      handle.execute("SHUTDOWN");
    }
  }

  private static String script(String name) throws IOException {
    try (InputStream in =
        MigrationsOnHsqldbTest.class
            .getClassLoader()
            .getResourceAsStream("db/migration/hsqldb/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** "1 create accounts" and so on, from the script files themselves, in version order. */
  private static List<String> scriptsInTheBuild() throws IOException, URISyntaxException {
    Path directory =
        Path.of(
            MigrationsOnHsqldbTest.class
                .getClassLoader()
                .getResource("db/migration/hsqldb")
                .toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(file -> SCRIPT.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.group(1))))
          .map(name -> name.group(1) + " " + name.group(2).replace('_', ' '))
          .toList();
    }
  }

  private Path lockFile() {
    return dataDirectory.resolve("db").resolve("single-password.lck");
  }
}
