package org.singlepassword.adapters.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;

/**
 * The Sign in page over a real socket: the FAQ's labels, a new session per sign-in, one answer for
 * every failure.
 */
class SignInPageTest {

  private static final String RIGHT_PASSWORD = "Correct-Horse-9";
  private static final String WRONG_PASSWORD = "Wrong-Pony-7";

  /** The accounts the stubbed sign-in knows, by username, all with RIGHT_PASSWORD. */
  private final Map<String, SignedIn> accounts = new ConcurrentHashMap<>();

  private final List<SignInCommand> attempts = new CopyOnWriteArrayList<>();
  private final FakeSessions sessions = new FakeSessions();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    accounts.put("chan.tm", People.chan());
    accounts.put("lee.sm", People.newcomer());
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .signIn(
                    command -> {
                      attempts.add(command);
                      SignedIn person = accounts.get(command.username().value());
                      if (person == null
                          || !command.password().sameAs(Password.of(RIGHT_PASSWORD))) {
                        throw new IncorrectPasswordException();
                      }
                      return person;
                    }));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response signIn(String username, String password) {
    String csrf = browser.get("/sign-in").csrf();
    return browser.post(
        "/sign-in", Map.of("csrf", csrf, "username", username, "password", password));
  }

  @Nested
  class TheForm {

    @Test
    void asksForUsernameAndPasswordWithTheFaqsLabels() {
      Response page = browser.get("/sign-in");

      assertEquals(200, page.status());
      assertTrue(page.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
      assertTrue(page.body().contains("<title>Sign in – Single-Password</title>"));
      assertTrue(page.body().contains("<label for=\"username\">Username</label>"));
      assertTrue(page.body().contains("<input id=\"username\" name=\"username\" type=\"text\""));
      assertTrue(page.body().contains("<label for=\"password\">Password</label>"));
      assertTrue(
          page.body().contains("<input id=\"password\" name=\"password\" type=\"password\""));
      assertTrue(page.body().contains("<button type=\"submit\">Sign in</button>"));
    }

    @Test
    void isUtf8HtmlNeverCachedNorFramedNorSniffed() {
      Response page = browser.get("/sign-in");

      assertEquals("text/html;charset=utf-8", page.header("Content-Type").replace(" ", ""));
      assertEquals("no-store", page.header("Cache-Control"));
      assertEquals("nosniff", page.header("X-Content-Type-Options"));
      assertEquals("no-referrer", page.header("Referrer-Policy"));
      assertEquals(
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
              + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
          page.header("Content-Security-Policy"));
    }

    @Test
    void carriesTheTokenOfAStrictHttpOnlyAntiForgeryCookie() {
      Response page = browser.get("/sign-in");

      String cookie = page.setCookie("sps_csrf").orElseThrow();
      assertTrue(cookie.startsWith("sps_csrf=" + page.csrf() + ";"), cookie);
      assertTrue(cookie.contains("HttpOnly"), cookie);
      assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void keepsTheAntiForgeryTokenForAnotherTabOfTheSameBrowser() {
      String first = browser.get("/sign-in").csrf();
      String second = browser.get("/sign-in").csrf();

      assertEquals(first, second);
    }
  }

  @Nested
  class WithTheRightPassword {

    @Test
    void opensASessionInAnHttpOnlySameSiteCookieAndGoesToMyProfile() {
      Response response = signIn("chan.tm", RIGHT_PASSWORD);

      assertEquals(303, response.status());
      assertEquals("/profile", response.location());
      String cookie = response.setCookie("sps_session").orElseThrow();
      assertTrue(cookie.contains("HttpOnly"), cookie);
      assertTrue(cookie.contains("SameSite=Lax"), cookie);
      assertTrue(cookie.contains("Path=/"), cookie);
      assertFalse(cookie.contains("Secure"), "plain http here: " + cookie);
      assertTrue(sessions.isLive(browser.cookie("sps_session").orElseThrow()));
    }

    @Test
    void givesANewSessionAtEachSignInAndEndsTheOneBefore() {
      signIn("chan.tm", RIGHT_PASSWORD);
      String first = browser.cookie("sps_session").orElseThrow();

      signIn("chan.tm", RIGHT_PASSWORD);
      String second = browser.cookie("sps_session").orElseThrow();

      assertNotEquals(first, second);
      assertEquals(List.of(first), sessions.ended());
      assertFalse(sessions.isLive(first));
    }

    @Test
    void sendsAPersonWithAnInitialPasswordToAccountPassword() {
      Response response = signIn("lee.sm", RIGHT_PASSWORD);

      assertEquals(303, response.status());
      assertEquals("/profile/password", response.location());
    }

    @Test
    void signsInThroughTheWebForm() {
      signIn("Chan.TM", RIGHT_PASSWORD);

      assertEquals(1, attempts.size());
      assertEquals("chan.tm", attempts.get(0).username().value());
      assertEquals(Channel.WEB_FORM, attempts.get(0).channel());
    }
  }

  @Nested
  class WithAWrongPasswordOrAnUnknownUsername {

    @Test
    void answers401WithTheFaqsHelp() {
      Response response = signIn("chan.tm", WRONG_PASSWORD);

      assertEquals(401, response.status());
      String body = response.body();
      assertTrue(body.contains("Incorrect username or password."));
      assertTrue(
          body.contains(
              "Passwords are case sensitive (&quot;PASSWORD&quot;, &quot;PaSsWoRd&quot; and"
                  + " &quot;password&quot; are not the same), so check that Caps Lock is off."));
      assertTrue(body.contains("Learner Portal, SOUL, Online Enrolment Services"));
      assertTrue(body.contains("<li><a href=\"#password\">Incorrect username or password.</a>"));
      assertTrue(body.contains("<title>Error: Sign in – Single-Password</title>"));
      assertTrue(
          body.contains("if you changed it through another e-service, use that new password"));
      assertTrue(body.contains("<a href=\"" + RunningServer.HELP_URL + "\">IT Help</a>"));
    }

    @Test
    void keepsTheUsernameButNeverThePassword() {
      Response response = signIn("chan.tm", WRONG_PASSWORD);

      assertTrue(response.body().contains("name=\"username\" type=\"text\" value=\"chan.tm\""));
      assertFalse(response.body().contains(WRONG_PASSWORD));
    }

    @Test
    void answersAnUnknownUsernameExactlyAsAWrongPassword() {
      Response wrongPassword = signIn("chan.tm", WRONG_PASSWORD);
      accounts.remove("chan.tm");
      Response unknownUsername = signIn("chan.tm", RIGHT_PASSWORD);

      assertEquals(wrongPassword.status(), unknownUsername.status());
      assertEquals(wrongPassword.body(), unknownUsername.body());
      assertEquals(Set.of(), Set.copyOf(sessions.ended()));
    }

    @Test
    void answersAUsernameThatCannotExistTheSameWithoutAskingTheUseCase() {
      Response response = signIn("no such user!", RIGHT_PASSWORD);

      assertEquals(401, response.status());
      assertTrue(response.body().contains("Incorrect username or password."));
      assertEquals(List.of(), attempts);
    }

    @Test
    void namesEachEmptyBoxWithoutAskingTheUseCase() {
      Response response = signIn("", "");

      assertEquals(422, response.status());
      assertTrue(response.body().contains("<a href=\"#username\">Enter your username</a>"));
      assertTrue(response.body().contains("<a href=\"#password\">Enter your password</a>"));
      assertFalse(response.body().contains("Incorrect username or password."));
      assertEquals(List.of(), attempts);
    }

    @Test
    void showsATypedUsernameAsTextNeverAsMarkup() {
      Response response = signIn("<script>alert(1)</script>", WRONG_PASSWORD);

      assertTrue(response.body().contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
      assertFalse(response.body().contains("<script>"));
    }

    @Test
    void opensNoSession() {
      Response response = signIn("chan.tm", WRONG_PASSWORD);

      assertTrue(response.setCookie("sps_session").isEmpty());
    }
  }

  @Nested
  class WithoutTheAntiForgeryToken {

    @Test
    void refusesTheFormAndSignsNobodyIn() {
      browser.get("/sign-in");

      Response response =
          browser.post("/sign-in", Map.of("username", "chan.tm", "password", RIGHT_PASSWORD));

      assertEquals(403, response.status());
      assertTrue(response.body().contains("This form has expired; please go back and try again."));
      assertEquals(List.of(), attempts);
      assertTrue(response.setCookie("sps_session").isEmpty());
    }

    @Test
    void refusesATokenOtherThanTheCookies() {
      browser.get("/sign-in");

      Response response =
          browser.post(
              "/sign-in",
              Map.of("csrf", "forged", "username", "chan.tm", "password", RIGHT_PASSWORD));

      assertEquals(403, response.status());
      assertEquals(List.of(), attempts);
    }

    @Test
    void refusesATokenWithoutItsCookie() {
      String csrf = browser.get("/sign-in").csrf();
      browser.forgetCookie("sps_csrf");

      Response response =
          browser.post(
              "/sign-in", Map.of("csrf", csrf, "username", "chan.tm", "password", RIGHT_PASSWORD));

      assertEquals(403, response.status());
      assertEquals(List.of(), attempts);
    }
  }
}
