package org.singlepassword.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The schema at start on PostgreSQL: a fresh database gets every script in order, a reopened one
 * nothing twice, instances starting at once on a new database take turns, and a schema migrated by
 * a newer build is refused.
 */
class MigrationsOnPostgresTest {

  private static final Set<String> TABLES =
      Set.of(
          "schema_version",
          "accounts",
          "password_history",
          "e_services",
          "e_service_urls",
          "sessions",
          "audit_events",
          "password_resets",
          "expiry_warnings",
          "service_tickets");

  @Test
  void aFreshDatabaseGetsEveryListedScriptInOrder() {
    try (Database database = TestPostgres.shared().newDatabase().open()) {
      assertEquals(listedVersions(), SchemaVersions.applied(database));
      assertEquals(TABLES, Set.copyOf(SchemaVersions.tables(database, "public")));
    }
  }

  @Test
  void reopeningAppliesNothingAgain() {
    TestDatabaseUrl url = TestPostgres.shared().newDatabase();
    List<String> appliedAtFirstOpen;
    try (Database database = url.open()) {
      appliedAtFirstOpen = SchemaVersions.appliedWithTheirInstants(database);
    }

    try (Database database = url.open()) {
      assertEquals(appliedAtFirstOpen, SchemaVersions.appliedWithTheirInstants(database));
    }
  }

  /** Several instances behind a load balancer, started together on a new database. */
  @Test
  void instancesOpeningANewDatabaseAtOnceEachFindItMigratedOnce() throws Exception {
    TestDatabaseUrl url = TestPostgres.shared().newDatabase();
    int instances = 3;
    CountDownLatch ready = new CountDownLatch(instances);
    List<CompletableFuture<Database>> opening = new ArrayList<>();
    for (int instance = 0; instance < instances; instance++) {
      opening.add(
          CompletableFuture.supplyAsync(
              () -> {
                ready.countDown();
                await(ready);
                return url.open();
              }));
    }

    List<Database> opened = new ArrayList<>();
    try {
      for (CompletableFuture<Database> database : opening) {
        opened.add(database.get(60, TimeUnit.SECONDS));
      }
      for (Database database : opened) {
        assertEquals(listedVersions(), SchemaVersions.applied(database));
      }
    } finally {
      opened.forEach(Database::close);
    }
  }

  @Test
  void refusesToStartOnASchemaNewerThanThisBuildKnows() {
    TestDatabaseUrl url = TestPostgres.shared().newDatabase();
    int known = Migrations.SCRIPT_NAMES.size();
    try (Database database = url.open()) {
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "INSERT INTO schema_version VALUES (?, 'from a newer build', CURRENT_TIMESTAMP)",
                      known + 1));
    }

    IllegalStateException refusal = assertThrows(IllegalStateException.class, url::open);

    assertEquals(
        "database schema version "
            + (known + 1)
            + " is newer than this build knows ("
            + known
            + "); upgrade the service",
        refusal.getMessage());
  }

  /** "1 create accounts" and so on, as the list in {@link Migrations} names them. */
  private static List<String> listedVersions() {
    return Migrations.SCRIPT_NAMES.stream()
        .map(name -> name.replaceAll("^V(\\d+)__(\\w+)\\.sql$", "$1 $2").replace('_', ' '))
        .toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "another instance never got there");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
