package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.TestDatabaseUrl;
import org.singlepassword.adapters.persistence.TestPostgres;

/**
 * The database server stopped under a running service: e-services are told within seconds to try
 * again (503, {@code Retry-After}), and once the server is back the service answers as before,
 * without a restart of its own.
 */
class DatabaseOutageJourneyTest {

  /** The pool's wait for a connection (5 s), and slack for a slow machine. */
  private static final Duration MOST_WAIT = Duration.ofSeconds(10);

  @Test
  void aStoppedDatabaseIsA503UntilItIsBack(@TempDir Path serverFiles, @TempDir Path dataDir) {
    try (TestPostgres server = TestPostgres.startOwn(serverFiles)) {
      TestDatabaseUrl database = server.newDatabase();
      try (SinglePassword service =
          RunningService.start(
              dataDir,
              Map.of(
                  "SPS_DB_URL", database.jdbcUrl(),
                  "SPS_DB_USERNAME", database.username(),
                  "SPS_DB_PASSWORD", database.password()))) {
        EService admin =
            EService.administrator(RunningService.base(service), RunningService.ADMIN_TOKEN);
        assertEquals(201, createAccount(admin).status());

        server.stop();
        Instant asked = Instant.now();
        EService.Answer down = admin.get("/api/v1/admin/accounts/chan.tm");
        Duration waited = Duration.between(asked, Instant.now());

        assertEquals(503, down.status(), down.body());
        assertEquals("service-unavailable", down.json().get("type").asText().replaceAll(".*/", ""));
        assertTrue(waited.compareTo(MOST_WAIT) < 0, "waited " + waited);

        server.startAgain();
        EService.Answer back = untilNot503(admin, "/api/v1/admin/accounts/chan.tm");
        assertEquals(200, back.status(), back.body());
        assertEquals("chan.tm", back.json().get("username").asText());
      }
    }
  }

  private static EService.Answer createAccount(EService admin) {
    return admin.post(
        "/api/v1/admin/accounts",
        Map.of(
            "username", "chan.tm",
            "email", "chan.tm@example.edu",
            "displayName", "Chan Tai Man",
            "initialPassword", "Initial2026Pass"));
  }

  /**
   * The first answer that is not a 503: a connection the server dropped may be lent once more
   * before the pool notices, and that request too is told to try again.
   */
  private static EService.Answer untilNot503(EService admin, String path) {
    Instant deadline = Instant.now().plus(MOST_WAIT);
    EService.Answer answer = admin.get(path);
    while (answer.status() == 503 && Instant.now().isBefore(deadline)) {
      answer = admin.get(path);
    }
    return answer;
  }
}
