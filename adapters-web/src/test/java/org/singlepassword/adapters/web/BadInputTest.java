package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.EServices;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.domain.policy.PasswordPolicy;

/** What the web side does with input it cannot use, and with failures nobody expected. */
class BadInputTest {

  private static final int LIMIT = 1024;
  private static final String SECRET_MESSAGE = "jdbc password is hunter2";
  private static final Pattern INCIDENT = Pattern.compile("[A-Z2-9]{8}");

  private final FakeSessions sessions = new FakeSessions();
  private final List<SignInCommand> attempts = new CopyOnWriteArrayList<>();
  private final AtomicBoolean policyFails = new AtomicBoolean();
  private RunningServer server;
  private ApiClient api;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .authenticateEService(EServices.onlySoul())
                .signIn(
                    command -> {
                      attempts.add(command);
                      throw new IllegalStateException(SECRET_MESSAGE);
                    })
                .showPasswordPolicy(
                    () -> {
                      if (policyFails.get()) {
                        throw new IllegalStateException(SECRET_MESSAGE);
                      }
                      return PasswordPolicy.faq();
                    }),
            LIMIT);
    api = server.api();
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response signInApi(String contentType, byte[] body) {
    return api.post(
        "/api/v1/sign-in", contentType, body, "Authorization", EServices.soulCredentials());
  }

  private Response signInApi(String json) {
    return signInApi("application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertProblem(Response response, int status, String slug) {
    assertEquals(status, response.status(), response.body());
    assertEquals("application/problem+json", response.header("Content-Type"));
    JsonNode problem = response.json();
    assertEquals("https://single-password.example/problems/" + slug, problem.get("type").asText());
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.hasNonNull("title"));
    assertTrue(problem.hasNonNull("detail"));
  }

  @Nested
  class JsonBodies {

    @Test
    void refuseInvalidJson() {
      assertProblem(signInApi("{\"username\": "), 400, "invalid-json");
      assertEquals(List.of(), attempts);
    }

    @Test
    void refuseBytesThatAreNotUtf8() {
      byte[] body = {'{', '"', 'u', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

      Response response = signInApi("application/json", body);

      assertProblem(response, 400, "invalid-json");
      assertTrue(response.json().get("detail").asText().contains("UTF-8"));
    }

    @Test
    void refuseAnUnknownFieldNamingIt() {
      Response response =
          signInApi("{\"username\": \"chan.tm\", \"password\": \"x\", \"remember\": true}");

      assertProblem(response, 400, "unknown-field");
      assertEquals("remember", response.json().get("field").asText());
    }

    @Test
    void refuseAFieldOfTheWrongTypeNamingIt() {
      Response response = signInApi("{\"username\": [\"chan.tm\"], \"password\": \"x\"}");

      assertProblem(response, 400, "invalid-field");
      assertEquals("username", response.json().get("field").asText());
    }

    @Test
    void refuseAFieldGivenTwice() {
      assertProblem(
          signInApi("{\"username\": \"chan.tm\", \"username\": \"lee.sm\", \"password\": \"x\"}"),
          400,
          "invalid-json");
    }

    @Test
    void refuseAnythingAfterTheObject() {
      assertProblem(
          signInApi("{\"username\": \"chan.tm\", \"password\": \"x\"} {}"), 400, "invalid-json");
    }

    @Test
    void refuseAnythingButAnObject() {
      assertProblem(signInApi("[]"), 400, "invalid-json");
      assertProblem(signInApi(""), 400, "invalid-json");
    }

    @Test
    void refuseEmptyFieldsNamingTheFirst() {
      Response response = signInApi("{}");

      assertProblem(response, 400, "invalid-field");
      assertEquals("username", response.json().get("field").asText());
    }

    @Test
    void refuseABodyOverTheLimit() {
      String padding = "x".repeat(LIMIT);

      Response response =
          signInApi("{\"username\": \"chan.tm\", \"password\": \"" + padding + "\"}");

      assertProblem(response, 413, "body-too-large");
      assertEquals(List.of(), attempts);
    }

    @Test
    void refuseAnotherContentType() {
      byte[] body = "username=chan.tm&password=x".getBytes(StandardCharsets.UTF_8);

      assertProblem(
          signInApi("application/x-www-form-urlencoded", body), 415, "unsupported-media-type");
      assertProblem(signInApi("text/plain", body), 415, "unsupported-media-type");
      assertProblem(signInApi(null, body), 415, "unsupported-media-type");
      assertProblem(
          signInApi("application/json; charset=ISO-8859-1", body), 415, "unsupported-media-type");
      assertEquals(List.of(), attempts);
    }

    @Test
    void acceptJsonDeclaredAsUtf8() {
      Response response =
          signInApi(
              "application/json; charset=UTF-8",
              "{\"username\": \"chan.tm\", \"password\": \"x\"}".getBytes(StandardCharsets.UTF_8));

      assertEquals(1, attempts.size(), response.body());
    }
  }

  @Nested
  class Addresses {

    @Test
    void unknownUnderTheApiAreA404Problem() {
      assertProblem(api.get("/api/v1/nothing-here"), 404, "not-found");
      assertProblem(api.get("/api/v2/policy"), 404, "not-found");
    }

    @Test
    void usedWithTheWrongMethodAreA405ProblemNamingTheRightOne() {
      Response response = api.send("DELETE", "/api/v1/policy");

      assertProblem(response, 405, "method-not-allowed");
      assertEquals("GET", response.header("Allow"));
    }

    @Test
    void unknownElsewhereAreOurOwn404Page() {
      Response response = browser.get("/no-such-page");

      assertEquals(404, response.status());
      assertTrue(response.header("Content-Type").startsWith("text/html"));
      assertTrue(response.body().contains("<title>Page not found – Single-Password</title>"));
      assertTrue(response.body().contains("There is no page at this address."));
    }

    @Test
    void usedWithTheWrongMethodElsewhereAreOurOwn405Page() {
      Response response = browser.post("/profile", Map.of());

      assertEquals(405, response.status());
      assertTrue(response.body().contains("<h1>Method not allowed</h1>"));
      assertEquals("GET", response.header("Allow"));
    }
  }

  @Nested
  class Forms {

    @Test
    void overTheLimitAreRefusedWithAPage() {
      String csrf = browser.get("/sign-in").csrf();
      byte[] body =
          ("csrf=" + csrf + "&username=chan.tm&password=" + "x".repeat(LIMIT))
              .getBytes(StandardCharsets.UTF_8);

      Response response = browser.postBytes("/sign-in", body);

      assertEquals(413, response.status());
      assertTrue(response.body().contains("What you sent is too large."));
      assertEquals(List.of(), attempts);
    }

    @Test
    void withEmptyBoxesNameEachBox() {
      browser.setCookie("sps_session", sessions.signIn(People.chan()));
      String csrf = browser.get("/profile/password").csrf();

      Response response =
          browser.post(
              "/profile/password",
              Map.of(
                  "csrf", csrf, "currentPassword", "", "newPassword", "", "reenteredPassword", ""));

      assertEquals(422, response.status());
      assertTrue(response.body().contains("Enter your current password"));
      assertTrue(response.body().contains("Enter your new password"));
      assertTrue(response.body().contains("Re-enter your new password"));
    }
  }

  @Nested
  class UnknownFailures {

    @BeforeEach
    void breakThePolicy() {
      policyFails.set(true);
    }

    @Test
    void areA500ProblemWithAnIncidentIdAndNothingElse() {
      Response response = signInApi("{\"username\": \"chan.tm\", \"password\": \"x\"}");

      assertProblem(response, 500, "internal-error");
      String incident = response.json().get("incidentId").asText();
      assertTrue(INCIDENT.matcher(incident).matches(), incident);
      assertTrue(response.json().get("detail").asText().contains(incident));
      assertNothingLeaks(response);
    }

    @Test
    void areA500ProblemOnAnOpenEndpointToo() {
      Response response = api.get("/api/v1/policy");

      assertProblem(response, 500, "internal-error");
      assertNothingLeaks(response);
    }

    @Test
    void areA500PageWithAnIncidentIdAndTheItHelpLink() {
      browser.setCookie("sps_session", sessions.signIn(People.chan()));

      Response response = browser.get("/profile/password");

      assertEquals(500, response.status());
      assertTrue(response.header("Content-Type").startsWith("text/html"));
      assertTrue(
          response.body().contains("<a href=\"" + RunningServer.HELP_URL + "\">IT Help</a>"));
      assertTrue(
          Pattern.compile("incident <strong class=\"incident\">[A-Z2-9]{8}</strong>")
              .matcher(response.body())
              .find());
      assertNothingLeaks(response);
    }

    @Test
    void getADifferentIncidentIdEachTime() {
      String first = api.get("/api/v1/policy").json().get("incidentId").asText();
      String second = api.get("/api/v1/policy").json().get("incidentId").asText();

      assertFalse(first.equals(second));
    }

    private void assertNothingLeaks(Response response) {
      assertFalse(response.body().contains("hunter2"), response.body());
      assertFalse(response.body().contains("IllegalStateException"), response.body());
      assertFalse(response.body().contains("at org."), response.body());
      assertFalse(response.body().contains(".java:"), response.body());
    }
  }
}
