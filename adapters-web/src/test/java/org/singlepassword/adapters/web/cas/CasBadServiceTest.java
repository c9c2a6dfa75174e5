package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.SignInCommand;

/**
 * Addresses that are no e-service's, however dressed up: the CAS sign-in answers with a 400 page
 * and never sends anybody anywhere, signed in or not, and signs nobody in on their way.
 */
class CasBadServiceTest {

  private final FakeSessions sessions = new FakeSessions();
  private final FakeSso sso = new FakeSso();
  private final List<SignInCommand> signIns = new CopyOnWriteArrayList<>();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .signIn(
                    command -> {
                      signIns.add(command);
                      return People.chan();
                    })
                .recognizeService(sso)
                .issueServiceTicket(sso)
                .validateServiceTicket(sso));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String encoded(String service) {
    return URLEncoder.encode(service, StandardCharsets.UTF_8);
  }

  private static void assertRefused(Response response) {
    assertEquals(400, response.status(), response.body());
    assertNull(response.location());
    assertTrue(response.body().contains("This address is not a registered e-service"));
    assertTrue(response.header("Content-Type").startsWith("text/html"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "https://soul.example.edu.evil.example/",
        "https://soul.example.edu@evil.example/",
        "https://soul.example.edu/other",
        "javascript:alert(document.cookie)",
        "JavaScript://soul.example.edu/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
        "/profile",
        "https://soul.example.edu/\r\nSet-Cookie: sps_session=planted",
        "https://soul.example.edu/\nLocation: https://evil.example/",
        "https://soul.example.edu/#fragment",
        "https:\\\\evil.example\\",
        "",
        " https://soul.example.edu/",
      })
  void isRefusedAtTheSignInWithoutARedirect(String service) {
    assertRefused(browser.get("/cas/login?service=" + encoded(service)));
    assertRefused(browser.get("/cas/login?gateway=true&service=" + encoded(service)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "https://soul.example.edu@evil.example/",
        "javascript:alert(1)",
        "https://soul.example.edu/\r\nX: y"
      })
  void isRefusedForASignedInPersonWithoutATicket(String service) {
    browser.setCookie("sps_session", sessions.signIn(People.chan()));

    assertRefused(browser.get("/cas/login?service=" + encoded(service)));
    assertTrue(sso.issued().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/", "javascript:alert(1)", ""})
  void isRefusedWhenPostedWithTheFormBeforeAnySignIn(String service) {
    String csrf = browser.get("/cas/login").csrf();

    Response response =
        browser.post(
            "/cas/login",
            Map.of(
                "csrf", csrf, "username", "chan.tm", "password", "Any-Pass-1", "service", service));

    assertRefused(response);
    assertTrue(signIns.isEmpty());
    assertTrue(response.setCookie("sps_session").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "https://soul.example.edu@evil.example/",
        "javascript:alert(1)",
        "https://soul.example.edu/\r\nX: y",
        ""
      })
  void isNeverRedirectedToAfterSigningOut(String service) {
    browser.setCookie("sps_session", sessions.signIn(People.chan()));

    Response response = browser.get("/cas/logout?service=" + encoded(service));

    assertEquals(200, response.status());
    assertNull(response.location());
    assertTrue(response.body().contains("You have signed out"));
    assertEquals(1, sessions.ended().size());
  }
}
