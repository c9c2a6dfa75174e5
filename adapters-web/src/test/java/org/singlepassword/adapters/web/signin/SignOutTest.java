package org.singlepassword.adapters.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;

/** The "Sign out" button: it ends the session for good, and only from our own pages. */
class SignOutTest {

  private final FakeSessions sessions = new FakeSessions();
  private RunningServer server;
  private Browser browser;
  private String token;

  @BeforeEach
  void signIn() {
    server = RunningServer.start(new UseCaseStubs().sessions(sessions));
    browser = server.browser();
    token = sessions.signIn(People.chan());
    browser.setCookie("sps_session", token);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Nested
  class TheSignOutButton {

    @Test
    void isInTheHeaderOfEverySignedInPage() {
      Response page = browser.get("/profile");

      assertTrue(page.body().contains("<form method=\"post\" action=\"/sign-out\""));
      assertTrue(page.body().contains("<button type=\"submit\">Sign out</button>"));
    }

    @Test
    void endsTheSessionClearsTheCookieAndGoesToSignIn() {
      String csrf = browser.get("/profile").csrf();

      Response response = browser.post("/sign-out", Map.of("csrf", csrf));

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
      assertEquals(List.of(token), sessions.ended());
      String cleared = response.setCookie("sps_session").orElseThrow();
      // Jetty writes "expire now" as a date in the past rather than Max-Age=0.
      assertTrue(cleared.startsWith("sps_session=;"), cleared);
      assertTrue(cleared.contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT"), cleared);
      assertTrue(browser.cookie("sps_session").isEmpty());
    }

    @Test
    void leavesAnOldCookieOpeningNothing() {
      String csrf = browser.get("/profile").csrf();
      browser.post("/sign-out", Map.of("csrf", csrf));
      browser.setCookie("sps_session", token);

      Response response = browser.get("/profile");

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
    }
  }

  @Nested
  class WithoutTheAntiForgeryToken {

    @Test
    void signsNobodyOut() {
      Response response = browser.post("/sign-out", Map.of());

      assertEquals(403, response.status());
      assertTrue(response.body().contains("This form has expired; please go back and try again."));
      assertTrue(sessions.isLive(token));
    }

    @Test
    void signsNobodyOutWithAnotherSessionsToken() {
      String otherToken = sessions.signIn(People.newcomer());
      browser.setCookie("sps_session", otherToken);
      String othersCsrf = browser.get("/profile/password").csrf();
      browser.setCookie("sps_session", token);

      Response response = browser.post("/sign-out", Map.of("csrf", othersCsrf));

      assertEquals(403, response.status());
      assertTrue(sessions.isLive(token));
    }
  }

  @Nested
  class WhenNotSignedIn {

    @Test
    void goesToSignIn() {
      browser.forgetCookie("sps_session");

      Response response = browser.post("/sign-out", Map.of("csrf", "anything"));

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
      assertFalse(sessions.ended().contains(token));
    }
  }
}
