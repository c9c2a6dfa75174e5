package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over HTTP and the database file: what the account lifecycle promises IT staff and
 * people — first-time login, forced regular change, lockout and unlock, and sessions that end when
 * the password changes.
 */
class AccountLifecycleJourneyTest {

  private static final String INITIAL = "Initial2026Pass";
  private static final String CHOSEN = "MyChosen2026Pass";

  @TempDir Path dataDir;
  private SinglePassword service;
  private URI base;

  private void start(Map<String, String> settings) {
    service = RunningService.start(dataDir, settings);
    base = RunningService.base(service);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private EService admin() {
    return EService.administrator(base, RunningService.ADMIN_TOKEN);
  }

  private void provision(String username) {
    EService.Answer created =
        admin()
            .post(
                "/api/v1/admin/accounts",
                Map.of(
                    "username",
                    username,
                    "email",
                    username + "@example.edu",
                    "displayName",
                    "Chan Tai Man",
                    "initialPassword",
                    INITIAL));
    assertEquals(201, created.status(), created.body());
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").map(URI::create).map(URI::getPath).orElse("");
  }

  @Nested
  class SignInProtection {

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsRefusedUntilUnlock() {
      start(Map.of());
      provision("chan.tm");

      for (int attempt = 1; attempt <= 4; attempt++) {
        assertEquals(
            401, new Person(base).signIn("chan.tm", "Wrong" + attempt + "Guess").statusCode());
      }
      assertEquals(423, new Person(base).signIn("chan.tm", "Wrong5Guess").statusCode());
      assertEquals(423, new Person(base).signIn("chan.tm", INITIAL).statusCode(), "still locked");

      assertEquals(204, admin().post("/api/v1/admin/accounts/chan.tm/unlock", Map.of()).status());
      assertEquals(303, new Person(base).signIn("chan.tm", INITIAL).statusCode());
    }

    @Test
    void theLockEndsByItselfAfterTheLockoutDuration() throws InterruptedException {
      start(Map.of("SPS_LOCKOUT_THRESHOLD", "2", "SPS_LOCKOUT_DURATION", "PT2S"));
      provision("chan.tm");
      new Person(base).signIn("chan.tm", "Wrong1Guess");
      assertEquals(423, new Person(base).signIn("chan.tm", "Wrong2Guess").statusCode());

      Thread.sleep(Duration.ofMillis(2100).toMillis());

      assertEquals(303, new Person(base).signIn("chan.tm", INITIAL).statusCode());
    }
  }

  @Nested
  class ForcedRegularChange {

    @Test
    void anExpiredPasswordLeadsOnlyToAccountPassword() throws InterruptedException {
      start(Map.of("SPS_PASSWORD_MAX_AGE", "PT3S", "SPS_PASSWORD_EXPIRY_WARNING", "PT1S"));
      provision("chan.tm");
      Person person = new Person(base);
      person.signIn("chan.tm", INITIAL);
      assertEquals(200, person.changePassword(INITIAL, CHOSEN, CHOSEN).statusCode());
      person.signOut();

      Thread.sleep(3100);

      Person later = new Person(base);
      HttpResponse<String> signedIn = later.signIn("chan.tm", CHOSEN);
      assertEquals("/profile/password", location(signedIn));
      assertEquals("/profile/password", location(later.get("/profile")), "nothing else first");
      assertTrue(later.get("/profile/password").body().contains("expired"));
    }
  }

  @Nested
  class Sessions {

    @Test
    void changingThePasswordEndsEveryOtherSessionOfTheAccount() {
      start(Map.of());
      provision("chan.tm");
      Person onThePhone = new Person(base);
      Person onTheLaptop = new Person(base);
      onThePhone.signIn("chan.tm", INITIAL);
      onTheLaptop.signIn("chan.tm", INITIAL);

      assertEquals(200, onTheLaptop.changePassword(INITIAL, CHOSEN, CHOSEN).statusCode());

      assertEquals(200, onTheLaptop.get("/profile").statusCode(), "the session that changed it");
      assertEquals("/sign-in", location(onThePhone.get("/profile")), "the other one ended");
    }
  }
}
