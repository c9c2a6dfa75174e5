package org.singlepassword.adapters.web.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.reset.RequestPasswordResetCommand;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.token.SecretToken;

/**
 * "Forgot your password?" over a real socket: linked from Sign in, one answer for every input, the
 * use case asked only with what parses, forms checked against forgery, requests rate limited.
 */
class ForgotPasswordPageTest {

  private static final String ON_ITS_WAY =
      "If an account exists for what you entered, a link to choose a new password is on its way"
          + " to its e-mail address. The link works once, for 30 minutes.";

  private final List<RequestPasswordResetCommand> requests = new CopyOnWriteArrayList<>();
  private final TestClock clock = new TestClock();
  private RunningServer server;
  private Browser browser;

  private void start(Duration linkLifetime) {
    server =
        RunningServer.start(
            new UseCaseStubs().requestPasswordReset(requests::add),
            new WebSettings(
                "127.0.0.1",
                0,
                RunningServer.PLAIN_HTTP,
                SecretToken.of(RunningServer.ADMIN_TOKEN),
                RunningServer.HELP_URL,
                WebSettings.DEFAULT_MAX_BODY_BYTES,
                WebSettings.DEFAULT_MAX_IMPORT_BYTES,
                WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE,
                linkLifetime,
                clock));
    browser = server.browser();
  }

  @BeforeEach
  void startWithTheDefaults() {
    start(WebSettings.DEFAULT_RESET_LINK_LIFETIME);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response ask(String typed) {
    String csrf = browser.get("/forgot-password").csrf();
    return browser.post("/forgot-password", Map.of("csrf", csrf, "identifier", typed));
  }

  private static String text(Response page) {
    return page.body().replaceAll("\\s+", " ");
  }

  @Nested
  class TheLinkAndTheForm {

    @Test
    void signInOffersForgotYourPassword() {
      Response signIn = browser.get("/sign-in");

      assertTrue(
          signIn.body().contains("<a href=\"/forgot-password\">Forgot your password?</a>"),
          signIn.body());
    }

    @Test
    void asksForAUsernameOrAnEmailAddressWithTheIssuesLabels() {
      Response page = browser.get("/forgot-password");

      assertEquals(200, page.status());
      assertTrue(page.body().contains("<title>Forgot your password? – Single-Password</title>"));
      assertTrue(page.body().contains("<h1>Forgot your password?</h1>"));
      assertTrue(
          page.body().contains("<label for=\"identifier\">Username or e-mail address</label>"));
      assertTrue(
          page.body().contains("<input id=\"identifier\" name=\"identifier\" type=\"text\""));
      assertTrue(page.body().contains("<button type=\"submit\">Send me a link</button>"));
      assertTrue(page.body().contains("<form method=\"post\" action=\"/forgot-password\""));
    }

    @Test
    void carriesTheTokenOfAStrictAntiForgeryCookieForItsOwnAddress() {
      Response page = browser.get("/forgot-password");

      String cookie = page.setCookie("sps_csrf").orElseThrow();
      assertTrue(cookie.startsWith("sps_csrf=" + page.csrf() + ";"), cookie);
      assertTrue(cookie.contains("Path=/forgot-password"), cookie);
      assertTrue(cookie.contains("HttpOnly"), cookie);
      assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }
  }

  @Nested
  class TheAnswer {

    @Test
    void isTheSameStatusAndPageWhateverWasEntered() {
      List<Response> answers =
          List.of(
              ask("chan.tm"),
              ask("nobody.at.all"),
              ask("chan.tm@example.edu"),
              ask("Chan Tai Man <chan@example.edu>; DROP TABLE account"));

      for (Response answer : answers) {
        assertEquals(200, answer.status(), answer.body());
        assertEquals(answers.get(0).body(), answer.body());
      }
      assertTrue(text(answers.get(0)).contains(ON_ITS_WAY), answers.get(0).body());
      assertTrue(answers.get(0).body().contains("<a href=\"/sign-in\">Back to Sign in</a>"));
    }

    @Test
    void neverShowsWhatWasEntered() {
      Response answer = ask("someone.unusual@example.edu");

      assertFalse(answer.body().contains("someone.unusual"), answer.body());
    }

    @Test
    void saysTheLifetimeOfTheLinksAsTheSettingsGiveIt() {
      server.close();
      start(Duration.ofMinutes(45));

      Response answer = ask("chan.tm");

      assertTrue(text(answer).contains("The link works once, for 45 minutes."), answer.body());
    }

    @Test
    void asksForSomethingWhenTheBoxIsEmptyWithoutAskingTheUseCase() {
      Response answer = ask("   ");

      assertEquals(422, answer.status());
      assertTrue(
          answer
              .body()
              .contains("<a href=\"#identifier\">Enter your username or e-mail address</a>"));
      assertEquals(List.of(), requests);
    }
  }

  @Nested
  class TheUseCase {

    @Test
    void isAskedForAUsernameWithTheClientAddress() {
      ask("Chan.TM");

      RequestPasswordResetCommand request = requests.get(0);
      assertEquals(Optional.of(new Username("chan.tm")), request.username());
      assertEquals(Optional.empty(), request.email());
      assertEquals(Optional.of(new ClientAddress("127.0.0.1")), request.clientAddress());
    }

    @Test
    void isAskedForAnEmailAddressThatMayAlsoBeAUsername() {
      ask("chan.tm@Example.EDU");

      RequestPasswordResetCommand request = requests.get(0);
      assertEquals(Optional.of(new EmailAddress("chan.tm@example.edu")), request.email());
      assertEquals(Optional.of(new Username("chan.tm@example.edu")), request.username());
    }

    @Test
    void isAskedForAnEmailAddressThatIsNoUsername() {
      ask("Chan+Tai.Man@example.edu");

      RequestPasswordResetCommand request = requests.get(0);
      assertEquals(Optional.of(new EmailAddress("Chan+Tai.Man@example.edu")), request.email());
      assertEquals(Optional.empty(), request.username());
    }

    @Test
    void isNotAskedForWhatIsNeitherAUsernameNorAnEmailAddress() {
      Response answer = ask("<script>alert(1)</script>");

      assertEquals(200, answer.status());
      assertEquals(List.of(), requests);
    }

    @Test
    void isNotAskedForAnAddressWithAMailHeaderSmuggledIn() {
      Response answer = ask("a@b.c\r\nBcc: x@y.z");

      assertEquals(200, answer.status());
      assertTrue(text(answer).contains(ON_ITS_WAY));
      assertEquals(List.of(), requests);
    }
  }

  @Nested
  class AgainstForgeryAndFloods {

    @Test
    void refusesAFormWithoutItsAntiForgeryToken() {
      browser.get("/forgot-password");

      Response answer = browser.post("/forgot-password", Map.of("identifier", "chan.tm"));

      assertEquals(403, answer.status());
      assertEquals(List.of(), requests);
    }

    @Test
    void refusesATokenWithoutItsCookie() {
      String csrf = browser.get("/forgot-password").csrf();
      browser.forgetCookie("sps_csrf");

      Response answer =
          browser.post("/forgot-password", Map.of("csrf", csrf, "identifier", "chan.tm"));

      assertEquals(403, answer.status());
      assertEquals(List.of(), requests);
    }

    @Test
    void holdsOffAnAddressThatAsksTooOftenAndCountsEveryRequest() {
      for (int i = 0; i < WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE; i++) {
        assertEquals(200, ask(i % 2 == 0 ? "chan.tm" : "not a username!").status());
      }

      Response held = ask("chan.tm");

      assertEquals(429, held.status());
      assertEquals("6", held.header("Retry-After"));
      assertTrue(text(held).contains("Too many requests have come from your network address."));
      assertEquals(WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE / 2, requests.size());

      clock.advance(Duration.ofMinutes(1));
      assertEquals(200, ask("chan.tm").status());
    }
  }
}
