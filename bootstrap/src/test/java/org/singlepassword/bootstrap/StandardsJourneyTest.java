package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, nothing doubled: the rules current standards add, with the list of common passwords
 * as the build put it into the service, under each profile; and a pepper rotated between two starts
 * while the hashes stay in the database file.
 */
class StandardsJourneyTest {

  private static final String INITIAL = "Initial2026Pass";
  private static final String PEPPER_1 = "v1:c2VjcmV0LW9uZS1vZi0zMi1ieXRlcy14eHh4eHh4eA";
  private static final String PEPPER_2 = "v2:c2VjcmV0LXR3by1vZi0zMi1ieXRlcy14eHh4eHh4eA";

  @TempDir Path dataDir;
  private SinglePassword service;
  private URI base;

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private void start(Map<String, String> settings) {
    service = RunningService.start(dataDir, settings);
    base = RunningService.base(service);
  }

  /** Chan, provisioned with an initial password, and SOUL registered: SOUL's view of the API. */
  private EService provisionChanAndRegisterSoul(String initial) {
    EService admin = EService.administrator(base, RunningService.ADMIN_TOKEN);
    EService.Answer created =
        admin.post(
            "/api/v1/admin/accounts",
            Map.of(
                "username", "chan.tm",
                "email", "chan.tm@example.edu",
                "displayName", "Chan Tai Man",
                "initialPassword", initial));
    assertEquals(201, created.status(), created.body());
    EService.Answer registered =
        admin.post(
            "/api/v1/admin/services",
            Map.of(
                "id", "soul", "name", "SOUL", "serviceUrls", List.of("https://soul.example.edu/")));
    assertEquals(201, registered.status(), registered.body());
    return EService.withSecret(base, "soul", registered.json().get("secret").asText());
  }

  private static List<String> refusedRules(EService soul, String current, String replacement) {
    EService.Answer refused =
        soul.post(
            "/api/v1/accounts/chan.tm/password",
            Map.of("currentPassword", current, "newPassword", replacement));
    assertEquals(422, refused.status(), refused.body());
    List<String> rules = new ArrayList<>();
    refused
        .json()
        .get("violations")
        .forEach(violation -> rules.add(violation.get("rule").asText()));
    return rules;
  }

  private JsonNode policy() {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/api/v1/policy")).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      return EService.JSON.readTree(response.body());
    } catch (IOException | InterruptedException failed) {
      throw new AssertionError("GET /api/v1/policy failed", failed);
    }
  }

  @Nested
  class UnderTheFaqProfileByDefault {

    @Test
    void refusesWhatTheFaqAloneWouldAcceptAndSaysWhy() {
      start(Map.of());
      EService soul = provisionChanAndRegisterSoul(INITIAL);

      assertEquals("faq", policy().get("profile").asText());
      assertTrue(policy().get("rules").get(6).get("listed").asInt() > 95_000, policy().toString());

      assertEquals(List.of("COMMON_PASSWORD"), refusedRules(soul, INITIAL, "Password123"));
      assertEquals(List.of("TOO_SIMILAR"), refusedRules(soul, INITIAL, "Initial2027Pass"));
      assertEquals(
          List.of("CONTAINS_PERSONAL_DATA"), refusedRules(soul, INITIAL, "MySoulMate2026"));
      assertEquals(
          List.of("CONTAINS_PERSONAL_DATA"), refusedRules(soul, INITIAL, "ChanForever2026"));

      EService.Answer changed =
          soul.post(
              "/api/v1/accounts/chan.tm/password",
              Map.of("currentPassword", INITIAL, "newPassword", "Harbour7Lantern"));
      assertEquals(204, changed.status(), changed.body());
    }

    @Test
    void anIssuedPasswordThatIsCommonIsRefusedToo() {
      start(Map.of());

      EService.Answer created =
          EService.administrator(base, RunningService.ADMIN_TOKEN)
              .post(
                  "/api/v1/admin/accounts",
                  Map.of(
                      "username", "lee.km",
                      "email", "lee.km@example.edu",
                      "displayName", "Lee Ka Man",
                      "initialPassword", "Password123"));

      assertEquals(422, created.status(), created.body());
      assertEquals("COMMON_PASSWORD", created.json().get("violations").get(0).get("rule").asText());
    }
  }

  @Nested
  class UnderTheNistProfile {

    @Test
    void acceptsAnyLongPassphraseButNoCommonOne() {
      start(Map.of("SPS_POLICY_PROFILE", "nist-800-63b"));
      EService soul = provisionChanAndRegisterSoul("an initial passphrase 1");

      JsonNode policy = policy();
      assertEquals("nist-800-63b", policy.get("profile").asText());
      List<String> rules = new ArrayList<>();
      policy.get("rules").forEach(rule -> rules.add(rule.get("rule").asText()));
      assertEquals(
          List.of("MIN_LENGTH", "MAX_LENGTH", "COMMON_PASSWORD", "CONTAINS_PERSONAL_DATA"), rules);

      assertEquals(
          List.of("COMMON_PASSWORD"),
          refusedRules(soul, "an initial passphrase 1", "correct horse battery staple"));
      assertEquals(
          List.of("MIN_LENGTH"), refusedRules(soul, "an initial passphrase 1", "short but $/`\\"));
      EService.Answer changed =
          soul.post(
              "/api/v1/accounts/chan.tm/password",
              Map.of(
                  "currentPassword",
                  "an initial passphrase 1",
                  "newPassword",
                  "an initial passphrase 2"));
      assertEquals(
          204, changed.status(), "no likeness rule, no composition rule: " + changed.body());
    }
  }

  @Nested
  class WithAPepper {

    @Test
    void aRotatedKeyReachesEachHashAtItsNextSignIn() {
      start(Map.of("SPS_PASSWORD_PEPPER", PEPPER_1));
      provisionChanAndRegisterSoul(INITIAL);
      assertEquals(303, new Person(base).signIn("chan.tm", INITIAL).statusCode());

      service.close();
      start(Map.of("SPS_PASSWORD_PEPPER", PEPPER_2 + "," + PEPPER_1));
      assertEquals(
          303,
          new Person(base).signIn("chan.tm", INITIAL).statusCode(),
          "the old key still opens its hash, which is remade with the new one");

      service.close();
      start(Map.of("SPS_PASSWORD_PEPPER", PEPPER_2));
      assertEquals(
          303, new Person(base).signIn("chan.tm", INITIAL).statusCode(), "the old key can go");

      service.close();
      start(Map.of());
      assertEquals(
          401,
          new Person(base).signIn("chan.tm", INITIAL).statusCode(),
          "without the pepper the stored hash opens to nobody");
    }
  }
}
