package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.TestDatabaseUrl;
import org.singlepassword.adapters.persistence.TestPostgres;

/**
 * Two instances of the service behind a load balancer, each with its own port and data directory,
 * on one PostgreSQL database (set as an operator would, through {@code SPS_DB_*}): whatever a
 * person or an e-service does through one is in force through the other at once.
 */
class TwoInstancesOnPostgresTest {

  private static final String INITIAL = "Initial2026Pass";
  private static final String CHOSEN = "MyChosen2026Pass";
  private static final Pattern TOKEN = Pattern.compile("token=([^\\s&]+)");

  @TempDir Path firstData;
  @TempDir Path secondData;
  private final List<SinglePassword> running = new ArrayList<>();
  private URI first;
  private URI second;
  private EService soulOnFirst;
  private EService soulOnSecond;

  /** Both started at once, as after a deployment: they take turns to migrate the new database. */
  @BeforeEach
  void startTwoInstancesOnOneDatabase() throws Exception {
    TestDatabaseUrl database = TestPostgres.shared().newDatabase();
    Map<String, String> settings =
        Map.of(
            "SPS_DB_URL", database.jdbcUrl(),
            "SPS_DB_USERNAME", database.username(),
            "SPS_DB_PASSWORD", database.password());
    CompletableFuture<SinglePassword> starting =
        CompletableFuture.supplyAsync(() -> RunningService.start(secondData, settings));
    running.add(RunningService.start(firstData, settings));
    running.add(starting.get(60, TimeUnit.SECONDS));
    first = RunningService.base(running.get(0));
    second = RunningService.base(running.get(1));

    EService.Answer created =
        EService.administrator(first, RunningService.ADMIN_TOKEN)
            .post(
                "/api/v1/admin/accounts",
                Map.of(
                    "username", "chan.tm",
                    "email", "chan.tm@example.edu",
                    "displayName", "Chan Tai Man",
                    "initialPassword", INITIAL));
    assertEquals(201, created.status(), created.body());
    EService.Answer registered =
        EService.administrator(second, RunningService.ADMIN_TOKEN)
            .post(
                "/api/v1/admin/services",
                Map.of(
                    "id",
                    "exam-portal",
                    "name",
                    "Examination Portal",
                    "serviceUrls",
                    List.of("https://exams.example.edu/")));
    assertEquals(201, registered.status(), registered.body());
    String secret = registered.json().get("secret").asText();
    soulOnFirst = EService.withSecret(first, "exam-portal", secret);
    soulOnSecond = EService.withSecret(second, "exam-portal", secret);
  }

  @AfterEach
  void stop() {
    running.forEach(SinglePassword::close);
  }

  @Test
  void aPasswordChangedOnOneIsInForceOnTheOtherAtOnce() {
    assertEquals(200, signIn(soulOnSecond, INITIAL).status());

    EService.Answer changed = changePassword(soulOnFirst, INITIAL, CHOSEN);

    assertEquals(204, changed.status(), changed.body());
    assertEquals(401, signIn(soulOnSecond, INITIAL).status());
    EService.Answer signedIn = signIn(soulOnSecond, CHOSEN);
    assertEquals(200, signedIn.status(), signedIn.body());
    assertEquals("ACTIVE", signedIn.json().get("status").asText());
  }

  @Test
  void aSessionMadeOnOneIsValidOnTheOtherAndEndsOnBoth() {
    Person onFirst = new Person(first);
    assertEquals(303, onFirst.signIn("chan.tm", INITIAL).statusCode());
    Person onSecond = onFirst.at(second);

    assertEquals(200, onSecond.get("/profile/password").statusCode(), "signed in on the second");
    assertEquals(303, new Person(second).get("/profile/password").statusCode(), "a stranger");

    onSecond.signOut();
    assertEquals(303, onFirst.get("/profile/password").statusCode(), "signed out on the first");
  }

  /**
   * The same account changed through both at the same moment: one change is kept, the other is
   * refused (as a conflict, or as a wrong current password if it came second), never both, and the
   * history holds the password replaced.
   */
  @Test
  void concurrentChangesThroughBothExactlyOneWinsAndTheHistoryStaysIntact() throws Exception {
    List<String> replacements = List.of("FirstChoice2026", "SecondChoice2026");
    List<EService> through = List.of(soulOnFirst, soulOnSecond);
    CountDownLatch ready = new CountDownLatch(2);
    List<CompletableFuture<EService.Answer>> changes = new ArrayList<>();
    for (int racer = 0; racer < 2; racer++) {
      EService eService = through.get(racer);
      String replacement = replacements.get(racer);
      changes.add(
          CompletableFuture.supplyAsync(
              () -> {
                ready.countDown();
                await(ready);
                return changePassword(eService, INITIAL, replacement);
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<EService.Answer> change : changes) {
      statuses.add(change.get(60, TimeUnit.SECONDS).status());
    }

    assertEquals(1, statuses.stream().filter(status -> status == 204).count(), "" + statuses);
    int loser = statuses.indexOf(204) == 0 ? 1 : 0;
    assertTrue(List.of(401, 409).contains(statuses.get(loser)), "" + statuses);
    String winner = replacements.get(1 - loser);
    assertEquals(200, signIn(soulOnFirst, winner).status());
    assertEquals(200, signIn(soulOnSecond, winner).status());
    assertEquals(401, signIn(soulOnSecond, replacements.get(loser)).status());
    EService.Answer backToInitial = changePassword(soulOnSecond, winner, INITIAL);
    assertEquals(422, backToInitial.status(), "the initial password is in the history");
    assertEquals(1, passwordChangedEvents(), "one change recorded");
  }

  @Test
  void failedSignInsOnBothCountTowardsOneLockout() {
    List<EService> alternately = List.of(soulOnFirst, soulOnSecond);
    for (int attempt = 1; attempt <= 4; attempt++) {
      EService eService = alternately.get(attempt % 2);
      assertEquals(401, signIn(eService, "Wrong" + attempt + "Guess", attempt).status());
    }

    assertEquals(423, signIn(soulOnFirst, "Wrong5Guess", 5).status(), "the fifth locks");
    assertEquals(423, signIn(soulOnSecond, INITIAL, 6).status(), "locked on the other too");
  }

  @Test
  void aResetLinkSentByOneIsRedeemedOnTheOtherOnce() throws Exception {
    assertEquals(
        202, soulOnFirst.post("/api/v1/password-resets", Map.of("username", "chan.tm")).status());
    Outbox.Mail mail =
        new Outbox(firstData).await(message -> message.body().contains("/reset-password?token="));
    Matcher token = TOKEN.matcher(mail.resetLink());
    assertTrue(token.find(), mail.resetLink());

    EService.Answer redeemed = confirmReset(soulOnSecond, token.group(1), CHOSEN);
    EService.Answer again = confirmReset(soulOnFirst, token.group(1), "Another2026Pass");

    assertEquals(204, redeemed.status(), redeemed.body());
    assertEquals(400, again.status(), again.body());
    assertEquals(200, signIn(soulOnFirst, CHOSEN).status());
  }

  private static EService.Answer signIn(EService eService, String password) {
    return signIn(eService, password, 1);
  }

  /** Each attempt from its own client address, so that only the account's lockout counts. */
  private static EService.Answer signIn(EService eService, String password, int person) {
    return eService.post(
        "/api/v1/sign-in",
        Map.of("username", "chan.tm", "password", password, "clientAddress", "192.0.2." + person));
  }

  private static EService.Answer changePassword(
      EService eService, String current, String replacement) {
    return eService.post(
        "/api/v1/accounts/chan.tm/password",
        Map.of("currentPassword", current, "newPassword", replacement));
  }

  private static EService.Answer confirmReset(EService eService, String token, String password) {
    return eService.post(
        "/api/v1/password-resets/confirm", Map.of("token", token, "newPassword", password));
  }

  private long passwordChangedEvents() {
    EService.Answer events =
        EService.administrator(second, RunningService.ADMIN_TOKEN)
            .get("/api/v1/admin/accounts/chan.tm/events?limit=50");
    assertEquals(200, events.status(), events.body());
    long count = 0;
    for (JsonNode event : events.json().get("events")) {
      if (event.get("type").asText().equals("PASSWORD_CHANGED")) {
        count++;
      }
    }
    return count;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "the other change never started");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
