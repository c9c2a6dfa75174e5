package org.singlepassword.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema at start: a fresh database gets every script in order, a reopened one nothing twice,
 * and a database migrated by a newer build is refused rather than misread.
 */
class MigrationsTest {

  private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
  private static final Set<String> TABLES =
      Set.of(
          "SCHEMA_VERSION",
          "ACCOUNTS",
          "PASSWORD_HISTORY",
          "E_SERVICES",
          "E_SERVICE_URLS",
          "SESSIONS",
          "AUDIT_EVENTS");

  @TempDir Path dataDirectory;

  @Test
  void aFreshDatabaseGetsEveryScriptOfTheMigrationDirectoryInOrder() throws Exception {
    try (Database database = Database.openEmbedded(dataDirectory)) {
      assertEquals(scriptsInTheBuild(), appliedVersions(database));
      assertEquals(TABLES, Set.copyOf(tables(database)));
    }
  }

  @Test
  void reopeningAppliesNothingAgainAndReleasesTheFilesOnClose() throws Exception {
    List<String> appliedAtFirstOpen;
    try (Database database = Database.openEmbedded(dataDirectory)) {
      appliedAtFirstOpen = appliedVersionsWithTheirInstants(database);
    }
    assertFalse(Files.exists(lockFile()), "the database was not shut down");

    try (Database database = Database.openEmbedded(dataDirectory)) {
      assertEquals(appliedAtFirstOpen, appliedVersionsWithTheirInstants(database));
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
            () ->
                Database.open(
                    "jdbc:postgresql://db.example.edu/sp?password=s3cret", "sp", "s3cret"));

    assertTrue(refusal.getMessage().contains("'postgresql'"), refusal.getMessage());
    assertFalse(refusal.getMessage().contains("s3cret"), refusal.getMessage());
  }

  /** "1 create accounts" and so on, from the script files themselves, in version order. */
  private static List<String> scriptsInTheBuild() throws IOException, URISyntaxException {
    Path directory =
        Path.of(MigrationsTest.class.getClassLoader().getResource("db/migration/hsqldb").toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(file -> SCRIPT.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.group(1))))
          .map(name -> name.group(1) + " " + name.group(2).replace('_', ' '))
          .toList();
    }
  }

  private static List<String> appliedVersions(Database database) {
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

  private static List<String> appliedVersionsWithTheirInstants(Database database) {
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

  private static List<String> tables(Database database) {
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = 'PUBLIC'")
                    .mapTo(String.class)
                    .list());
  }

  private Path lockFile() {
    return dataDirectory.resolve("db").resolve("single-password.lck");
  }
}
