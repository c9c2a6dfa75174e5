package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FAQ's "Single-Password Scheme" over the JSON API: a password changed through SOUL is the
 * password of Learner Portal and of the web forms at once, and the old one works nowhere.
 */
class OnePasswordEverywhereTest {

  private static final String INITIAL = "Issued4Chan2026";
  private static final String CHOSEN = "Harbour7Lights";

  @TempDir Path dataDir;
  private SinglePassword service;
  private URI base;

  @BeforeEach
  void start() {
    service = RunningService.start(dataDir);
    base = RunningService.base(service);
    EService.Answer created =
        EService.administrator(base, RunningService.ADMIN_TOKEN)
            .post(
                "/api/v1/admin/accounts",
                Map.of(
                    "username", "chan.tm",
                    "email", "chan.tm@example.edu",
                    "displayName", "Chan Tai Man",
                    "initialPassword", INITIAL));
    assertEquals(201, created.status(), created.body());
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void aChangeThroughSoulIsInForceInLearnerPortalAtOnceAndTheOldPasswordFailsEverywhere()
      throws InterruptedException {
    EService soul = EService.seeded(base, dataDir, "soul");
    EService learnerPortal = EService.seeded(base, dataDir, "learner-portal");
    EService onlineEnrolment = EService.seeded(base, dataDir, "online-enrolment");

    EService.Answer changed =
        soul.post(
            "/api/v1/accounts/chan.tm/password",
            Map.of("currentPassword", INITIAL, "newPassword", CHOSEN));
    assertEquals(204, changed.status(), changed.body());

    EService.Answer signedIn = signIn(learnerPortal, CHOSEN);
    assertEquals(200, signedIn.status(), signedIn.body());
    assertEquals("ACTIVE", signedIn.json().get("status").asText());
    for (EService anyEService : new EService[] {soul, learnerPortal, onlineEnrolment}) {
      assertEquals(401, signIn(anyEService, INITIAL).status(), "the old password fails");
    }
    assertEquals(401, new Person(base).signIn("chan.tm", INITIAL).statusCode(), "on the forms too");
    assertEquals(303, new Person(base).signIn("chan.tm", CHOSEN).statusCode());

    JsonNode events =
        EService.administrator(base, RunningService.ADMIN_TOKEN)
            .get("/api/v1/admin/accounts/chan.tm/events")
            .json()
            .get("events");
    boolean changedThroughSoul = false;
    for (JsonNode event : events) {
      changedThroughSoul |=
          event.get("type").asText().equals("PASSWORD_CHANGED")
              && event.get("channel").asText().equals("e-service:soul");
    }
    assertTrue(changedThroughSoul, events.toString());

    Outbox.Mail notice =
        new Outbox(dataDir).await(mail -> mail.subject().toLowerCase().contains("changed"));
    assertTrue(notice.to().contains("chan.tm@example.edu"), notice.to());
    assertTrue(notice.body().contains("through the e-service soul"), notice.body());
  }

  private static EService.Answer signIn(EService eService, String password) {
    return eService.post("/api/v1/sign-in", Map.of("username", "chan.tm", "password", password));
  }
}
