package org.singlepassword.adapters.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;

/**
 * The rate limit over a real socket: 5 wrong passwords a minute from one address here. Browsers are
 * counted by the connection's address; e-service users by the address the e-service passes, and an
 * e-service that passes none is never counted.
 */
class RateLimitTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PER_MINUTE = 5;
  private static final String RIGHT = "Right-Password-1";

  private final TestClock clock = new TestClock();
  private final FakeSessions sessions = new FakeSessions();
  private final List<SignInCommand> attempts = new CopyOnWriteArrayList<>();
  private RunningServer server;
  private Browser browser;
  private ApiClient api;

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
                      if (!command.password().sameAs(Password.of(RIGHT))) {
                        throw new IncorrectPasswordException();
                      }
                      sessions.knowing(People.chan());
                      return People.chan();
                    })
                .changePassword(
                    command -> {
                      throw new IncorrectPasswordException();
                    }),
            RunningServer.settings(64 * 1024, 4 * 1024 * 1024, PER_MINUTE, clock));
    browser = server.browser();
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response signInForm(String password) {
    String csrf = browser.get("/sign-in").csrf();
    return browser.post(
        "/sign-in", Map.of("csrf", csrf, "username", "chan.tm", "password", password));
  }

  private Response signInApi(String password, String clientAddress) {
    var body = JSON.createObjectNode().put("username", "chan.tm").put("password", password);
    if (clientAddress != null) {
      body.put("clientAddress", clientAddress);
    }
    return api.postJson(
        "/api/v1/sign-in", body.toString(), "Authorization", EServices.soulCredentials());
  }

  @Nested
  class OnTheForms {

    @Test
    void answers429WithRetryAfterOnceOneAddressUsedItsAttemptsUp() {
      for (int i = 0; i < PER_MINUTE; i++) {
        assertEquals(401, signInForm("wrong").status());
      }

      Response response = signInForm(RIGHT);

      assertEquals(429, response.status());
      assertEquals("12", response.header("Retry-After"));
      assertTrue(
          response
              .body()
              .contains(
                  "Too many sign-in attempts have come from your network address. Please wait 12"
                      + " seconds and try"),
          response.body());
      assertEquals(PER_MINUTE, attempts.size());
      assertTrue(response.setCookie("sps_session").isEmpty());
    }

    @Test
    void letsThePersonTryAgainOnceTheWaitIsOver() {
      for (int i = 0; i < PER_MINUTE; i++) {
        signInForm("wrong");
      }

      clock.advance(Duration.ofSeconds(12));

      assertEquals(303, signInForm(RIGHT).status());
    }

    @Test
    void neverCountsASuccessfulSignInSoThatAClassBehindOneAddressGetsIn() {
      for (int i = 0; i < 3 * PER_MINUTE; i++) {
        assertEquals(303, signInForm(RIGHT).status());
      }
    }

    @Test
    void countsAWrongCurrentPasswordOnAccountPasswordToo() {
      browser.setCookie("sps_session", sessions.signIn(People.chan()));
      Response response = null;
      for (int i = 0; i <= PER_MINUTE; i++) {
        String csrf = browser.get("/profile/password").csrf();
        response =
            browser.post(
                "/profile/password",
                Map.of(
                    "csrf",
                    csrf,
                    "currentPassword",
                    "guess-" + i,
                    "newPassword",
                    "New-Secret-Pass2",
                    "reenteredPassword",
                    "New-Secret-Pass2"));
      }

      assertEquals(429, response.status());
      assertEquals("12", response.header("Retry-After"));
      assertTrue(response.body().contains("Too many attempts have come from your network"));
    }
  }

  @Nested
  class OnTheApi {

    @Test
    void limitsThePersonsAddressThatTheEServicePasses() {
      for (int i = 0; i < PER_MINUTE; i++) {
        assertEquals(401, signInApi("wrong", "203.0.113.7").status());
      }

      Response response = signInApi(RIGHT, "203.0.113.7");

      assertEquals(429, response.status());
      assertEquals("12", response.header("Retry-After"));
      assertEquals(
          "https://single-password.example/problems/too-many-attempts",
          response.json().get("type").asText());
      assertEquals(PER_MINUTE, attempts.size());
    }

    @Test
    void holdsUpNoOtherPersonOfTheSameEService() {
      for (int i = 0; i < PER_MINUTE; i++) {
        signInApi("wrong", "203.0.113.7");
      }

      assertEquals(200, signInApi(RIGHT, "203.0.113.8").status());
      assertEquals(200, signInApi(RIGHT, null).status());
    }

    @Test
    void neverLimitsTheEServiceItselfWhenItPassesNoAddress() {
      for (int i = 0; i < 4 * PER_MINUTE; i++) {
        assertEquals(401, signInApi("wrong", null).status());
      }
    }

    @Test
    void countsOneIpv6NetworkAsOneAddress() {
      for (int i = 0; i < PER_MINUTE; i++) {
        signInApi("wrong", "2001:db8:1:2::" + Integer.toHexString(i + 1));
      }

      assertEquals(429, signInApi(RIGHT, "2001:db8:1:2:ffff::1").status());
    }

    @Test
    void countsTheChangePasswordApiWithSignIn() {
      for (int i = 0; i < PER_MINUTE; i++) {
        signInApi("wrong", "203.0.113.7");
      }

      Response response =
          api.postJson(
              "/api/v1/accounts/chan.tm/password",
              """
              {"currentPassword": "a", "newPassword": "b", "clientAddress": "203.0.113.7"}""",
              "Authorization",
              EServices.soulCredentials());

      assertEquals(429, response.status());
    }

    @Test
    void keepsItsCountApartFromTheForms() {
      for (int i = 0; i < PER_MINUTE; i++) {
        signInForm("wrong");
      }

      assertEquals(200, signInApi(RIGHT, "127.0.0.1").status());
    }
  }
}
