package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, nothing doubled: the real service on a socket, the database file, Argon2id. A
 * provisioned person signs in with the initial password, is sent to Account Password, changes it as
 * the FAQ describes, and signs in with the new one.
 */
class ChangePasswordJourneyTest {

  private static final String INITIAL = "Initial2026Pass";
  private static final String CHOSEN = "MyChosen2026Pass";

  @TempDir Path dataDir;
  private SinglePassword service;
  private URI base;

  @BeforeEach
  void startAndProvision() {
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
  void firstSignInLeadsToAccountPasswordAndTheNewPasswordWorksAfterConfirm() {
    Person person = new Person(base);

    HttpResponse<String> signedIn = person.signIn("chan.tm", INITIAL);
    assertEquals(303, signedIn.statusCode());
    assertEquals("/profile/password", location(signedIn));
    assertEquals("/profile/password", location(person.get("/profile")), "nothing else first");

    HttpResponse<String> page = person.get("/profile/password");
    for (String label :
        new String[] {"Current password", "New password", "Re-enter new password", "Confirm"}) {
      assertTrue(page.body().contains(label), label);
    }

    HttpResponse<String> changed = person.changePassword(INITIAL, CHOSEN, CHOSEN);
    assertEquals(200, changed.statusCode(), changed.body());
    assertTrue(changed.body().contains("Your password has been changed"), changed.body());
    assertEquals(200, person.get("/profile").statusCode(), "My Profile is open now");

    assertEquals(303, person.signOut().statusCode());
    assertEquals(401, new Person(base).signIn("chan.tm", INITIAL).statusCode());
    HttpResponse<String> again = new Person(base).signIn("chan.tm", CHOSEN);
    assertEquals(303, again.statusCode());
    assertEquals("/profile", location(again));
  }

  @Test
  void everyBrokenRuleIsNamedAtOnceAndNothingChanges() {
    Person person = new Person(base);
    person.signIn("chan.tm", INITIAL);

    HttpResponse<String> refused = person.changePassword(INITIAL, "ab$ 1", "ab$ 1");

    String body = refused.body();
    assertTrue(body.contains("At least 10 characters"), body);
    assertTrue(body.contains("space"), body);
    assertTrue(body.contains("uppercase"), body);
    assertFalse(body.contains("ab$ 1"), "a password is never echoed back");
    assertEquals(303, new Person(base).signIn("chan.tm", INITIAL).statusCode(), "unchanged");
  }

  @Test
  void aPersonCannotReuseTheCurrentPassword() {
    Person person = new Person(base);
    person.signIn("chan.tm", INITIAL);

    HttpResponse<String> refused = person.changePassword(INITIAL, INITIAL, INITIAL);

    assertTrue(refused.body().contains("last 3 passwords"), refused.body());
  }

  @Test
  void aChangeMadeThroughAnEServiceIsInForceInTheWebFormsAtOnceAndSurvivesARestart() {
    EService soul = EService.seeded(base, dataDir, "soul");

    EService.Answer signIn =
        soul.post("/api/v1/sign-in", Map.of("username", "chan.tm", "password", INITIAL));
    assertEquals(200, signIn.status(), signIn.body());
    assertEquals("MUST_CHANGE_PASSWORD", signIn.json().get("status").asText());

    EService.Answer weak =
        soul.post(
            "/api/v1/accounts/chan.tm/password",
            Map.of("currentPassword", INITIAL, "newPassword", "short"));
    assertEquals(422, weak.status(), weak.body());
    assertTrue(weak.json().get("violations").size() >= 3, weak.body());

    EService.Answer changed =
        soul.post(
            "/api/v1/accounts/chan.tm/password",
            Map.of("currentPassword", INITIAL, "newPassword", CHOSEN));
    assertEquals(204, changed.status(), changed.body());

    assertEquals(401, new Person(base).signIn("chan.tm", INITIAL).statusCode());
    assertEquals("/profile", location(new Person(base).signIn("chan.tm", CHOSEN)));

    service.close();
    service = RunningService.start(dataDir);
    base = RunningService.base(service);
    EService afterRestart = EService.seeded(base, dataDir, "soul");
    EService.Answer signInAgain =
        afterRestart.post("/api/v1/sign-in", Map.of("username", "chan.tm", "password", CHOSEN));
    assertEquals(200, signInAgain.status(), signInAgain.body());
    assertEquals("ACTIVE", signInAgain.json().get("status").asText());
  }

  private static String location(HttpResponse<String> response) {
    Optional<String> location = response.headers().firstValue("Location");
    return location.map(URI::create).map(URI::getPath).orElse("(no redirect)");
  }
}
