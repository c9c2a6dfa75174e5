package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;

/** An e-service's "Sign out" through CAS: the session ends for good, then back or a page. */
class CasLogoutTest {

  private final FakeSessions sessions = new FakeSessions();
  private final FakeSso sso = new FakeSso();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .recognizeService(sso)
                .issueServiceTicket(sso)
                .validateServiceTicket(sso));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void endsTheSessionForgetsTheCookieAndGoesBackToTheEService() {
    String session = sessions.signIn(People.chan());
    browser.setCookie("sps_session", session);

    Response response =
        browser.get(
            "/cas/logout?service=" + URLEncoder.encode(FakeSso.SOUL_CAS, StandardCharsets.UTF_8));

    assertEquals(302, response.status());
    assertEquals(FakeSso.SOUL_CAS, response.location());
    assertEquals(List.of(session), sessions.ended());
    String cleared = response.setCookie("sps_session").orElseThrow();
    assertTrue(cleared.startsWith("sps_session=;"), cleared);
    assertFalse(browser.cookie("sps_session").isPresent());
  }

  @Test
  void withoutAServiceSaysThePersonHasSignedOut() {
    browser.setCookie("sps_session", sessions.signIn(People.chan()));

    Response page = browser.get("/cas/logout");

    assertEquals(200, page.status());
    assertNull(page.location());
    assertTrue(page.body().contains("<h1>You have signed out</h1>"));
    assertEquals(1, sessions.ended().size());
  }

  @Test
  void afterSigningOutTheSignInAsksForThePasswordAgain() {
    browser.setCookie("sps_session", sessions.signIn(People.chan()));
    browser.get("/cas/logout");

    Response page =
        browser.get(
            "/cas/login?service=" + URLEncoder.encode(FakeSso.SOUL_HOME, StandardCharsets.UTF_8));

    assertEquals(200, page.status());
    assertTrue(page.body().contains("<button type=\"submit\">Sign in</button>"));
    assertTrue(sso.issued().isEmpty());
  }

  @Test
  void withNobodySignedInStillSaysSo() {
    Response page = browser.get("/cas/logout");

    assertEquals(200, page.status());
    assertTrue(page.body().contains("You have signed out"));
  }
}
