package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/**
 * The CAS sign-in over a real socket: the Sign in page's form on the way to SOUL, a ticket straight
 * away for a signed-in browser, {@code renew} and {@code gateway} as the protocol has them.
 */
class CasLoginTest {

  static final String RIGHT_PASSWORD = "Correct-Horse-9";
  private static final Pattern TICKET_REDIRECT =
      Pattern.compile(Pattern.quote(FakeSso.SOUL_HOME) + "\\?ticket=ST-[A-Za-z0-9_-]{43}");

  private final Map<String, SignedIn> accounts = new ConcurrentHashMap<>();
  private final FakeSessions sessions = new FakeSessions();
  private final FakeSso sso = new FakeSso();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    accounts.put("chan.tm", People.chan());
    sso.knowing(People.chan());
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .signIn(
                    command -> {
                      SignedIn person = accounts.get(command.username().value());
                      if (person == null
                          || !command.password().sameAs(Password.of(RIGHT_PASSWORD))) {
                        throw new IncorrectPasswordException();
                      }
                      return person;
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

  static String login(String query) {
    return "/cas/login?" + query;
  }

  static String service(String address) {
    return "service=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
  }

  private Response signIn(String query, String password, Map<String, String> hidden) {
    String csrf = browser.get(login(query)).csrf();
    Map<String, String> form = new HashMap<>(hidden);
    form.put("csrf", csrf);
    form.put("username", "chan.tm");
    form.put("password", password);
    return browser.post("/cas/login", form);
  }

  private Response signInToSoul(String password) {
    return signIn(service(FakeSso.SOUL_HOME), password, Map.of("service", FakeSso.SOUL_HOME));
  }

  private void signedInAlready(SignedIn person) {
    browser.setCookie("sps_session", sessions.signIn(person));
    sso.knowing(person);
  }

  @Nested
  class TheForm {

    @Test
    void isTheSignInFormSayingWhichEServiceThePersonIsGoingTo() {
      Response page = browser.get(login(service(FakeSso.SOUL_HOME)));

      assertEquals(200, page.status());
      assertTrue(page.body().contains("<title>Sign in – Single-Password</title>"));
      assertTrue(page.body().contains("continue to <strong>SOUL</strong>"), page.body());
      assertTrue(page.body().contains("<label for=\"username\">Username</label>"));
      assertTrue(page.body().contains("<label for=\"password\">Password</label>"));
      assertTrue(page.body().contains("<button type=\"submit\">Sign in</button>"));
      assertTrue(page.body().contains("Forgot your password?</a>"));
      assertTrue(page.body().contains("<form method=\"post\" action=\"/cas/login\""));
      assertTrue(
          page.body()
              .contains(
                  "<input type=\"hidden\" name=\"service\" value=\"https://soul.example.edu/\">"));
      assertFalse(page.body().contains("name=\"renew\""));
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void carriesItsOwnAntiForgeryCookieScopedToTheCasSignIn() {
      Response page = browser.get(login(service(FakeSso.SOUL_HOME)));

      String cookie = page.setCookie("sps_csrf").orElseThrow();
      assertTrue(cookie.contains("Path=/cas/login"), cookie);
      assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void letsItsFormLeadOnToTheEServiceAndNowhereElse() {
      Response page = browser.get(login(service(FakeSso.SOUL_CAS)));

      assertEquals(
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
              + " form-action 'self' https://soul.example.edu; frame-ancestors 'none';"
              + " base-uri 'none'",
          page.header("Content-Security-Policy"));
    }

    @Test
    void keepsAnAddressWithAQueryStringWhole() {
      Response page = browser.get(login(service(FakeSso.SOUL_CAS)));

      assertTrue(
          page.body().contains("name=\"service\" value=\"" + FakeSso.SOUL_CAS + "\">"),
          page.body());
    }

    @Test
    void withoutAServiceIsThePlainSignInForm() {
      Response page = browser.get("/cas/login");

      assertEquals(200, page.status());
      assertFalse(page.body().contains("name=\"service\""));
      assertFalse(page.body().contains("continue to"));
    }

    @Test
    void refusesAPostWithoutItsAntiForgeryToken() {
      Response response =
          browser.post(
              "/cas/login",
              Map.of(
                  "username", "chan.tm", "password", RIGHT_PASSWORD, "service", FakeSso.SOUL_HOME));

      assertEquals(403, response.status());
      assertNull(response.location());
      assertTrue(sso.issued().isEmpty());
    }
  }

  @Nested
  class SigningIn {

    @Test
    void goesBackToTheEServiceWithATicketFromTheTypedPassword() {
      Response response = signInToSoul(RIGHT_PASSWORD);

      assertEquals(303, response.status());
      assertTrue(TICKET_REDIRECT.matcher(response.location()).matches(), response.location());
      IssueServiceTicketCommand issued = sso.issued().get(0);
      assertEquals(People.chan().accountId(), issued.accountId());
      assertEquals(FakeSso.SOUL_HOME, issued.service().value());
      assertTrue(issued.fromCredentials());
      assertEquals("127.0.0.1", issued.clientAddress().orElseThrow().value());
    }

    @Test
    void opensASessionForSingleSignOnLater() {
      Response response = signInToSoul(RIGHT_PASSWORD);

      assertTrue(response.setCookie("sps_session").isPresent());
      assertTrue(sessions.isLive(browser.cookie("sps_session").orElseThrow()));
    }

    @Test
    void addsTheTicketAfterAnExistingQueryString() {
      Response response =
          signIn(service(FakeSso.SOUL_CAS), RIGHT_PASSWORD, Map.of("service", FakeSso.SOUL_CAS));

      assertTrue(
          response.location().startsWith(FakeSso.SOUL_CAS + "&ticket=ST-"), response.location());
    }

    @Test
    void withAWrongPasswordShowsTheFaqsHelpAndTheFormAgain() {
      Response response = signInToSoul("Wrong-Pony-7");

      assertEquals(401, response.status());
      assertNull(response.location());
      assertTrue(response.body().contains("Incorrect username or password."));
      assertTrue(response.body().contains("Caps Lock"));
      assertTrue(response.body().contains("name=\"service\" value=\"https://soul.example.edu/\""));
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void withoutAServiceGoesToMyProfileAsTheSignInPageDoes() {
      Response response = signIn("", RIGHT_PASSWORD, Map.of());

      assertEquals(303, response.status());
      assertEquals("/profile", response.location());
      assertTrue(sso.issued().isEmpty());
    }
  }

  @Nested
  class AlreadySignedIn {

    @Test
    void goesStraightBackWithATicketFromSingleSignOn() {
      signedInAlready(People.chan());

      Response response = browser.get(login(service(FakeSso.SOUL_HOME)));

      assertEquals(302, response.status());
      assertTrue(TICKET_REDIRECT.matcher(response.location()).matches(), response.location());
      assertFalse(sso.issued().get(0).fromCredentials());
    }

    @Test
    void withRenewAsksForThePasswordAgain() {
      signedInAlready(People.chan());

      Response page = browser.get(login(service(FakeSso.SOUL_HOME) + "&renew=true"));

      assertEquals(200, page.status());
      assertTrue(page.body().contains("<input type=\"hidden\" name=\"renew\" value=\"true\">"));
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void withRenewAndGatewayStillAsksForThePassword() {
      Response page = browser.get(login(service(FakeSso.SOUL_HOME) + "&renew=true&gateway=true"));

      assertEquals(200, page.status());
      assertNull(page.location());
    }

    @Test
    void withoutAServiceGoesToMyProfile() {
      signedInAlready(People.chan());

      Response response = browser.get("/cas/login");

      assertEquals(302, response.status());
      assertEquals("/profile", response.location());
    }

    @Test
    void withAnEndedSessionShowsTheForm() {
      signedInAlready(People.chan());
      sessions.endSession(SecretToken.of(browser.cookie("sps_session").orElseThrow()));

      Response page = browser.get(login(service(FakeSso.SOUL_HOME)));

      assertEquals(200, page.status());
      assertTrue(sso.issued().isEmpty());
    }
  }

  @Nested
  class Gateway {

    @Test
    void withNobodySignedInGoesBackWithoutATicket() {
      Response response = browser.get(login(service(FakeSso.SOUL_HOME) + "&gateway=true"));

      assertEquals(302, response.status());
      assertEquals(FakeSso.SOUL_HOME, response.location());
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void withSomebodySignedInGoesBackWithATicket() {
      signedInAlready(People.chan());

      Response response = browser.get(login(service(FakeSso.SOUL_HOME) + "&gateway=true"));

      assertTrue(TICKET_REDIRECT.matcher(response.location()).matches(), response.location());
    }

    @Test
    void sendsAnAddressWithOtherCharactersPercentEncodedAsBrowsersDo() {
      Response response =
          browser.get(login(service("https://soul.example.edu/cas/課程?lang=中文") + "&gateway=true"));

      assertEquals(
          "https://soul.example.edu/cas/%E8%AA%B2%E7%A8%8B?lang=%E4%B8%AD%E6%96%87",
          response.location());
    }

    @Test
    void withoutAServiceShowsTheForm() {
      Response page = browser.get("/cas/login?gateway=true");

      assertEquals(200, page.status());
      assertNull(page.location());
    }
  }

  @Nested
  class Renewed {

    @Test
    void givesATicketFromTheTypedPassword() {
      signedInAlready(People.chan());

      Response response =
          signIn(
              service(FakeSso.SOUL_HOME) + "&renew=true",
              RIGHT_PASSWORD,
              Map.of("service", FakeSso.SOUL_HOME, "renew", "true"));

      assertEquals(303, response.status());
      assertEquals(
          List.of(true),
          sso.issued().stream().map(IssueServiceTicketCommand::fromCredentials).toList());
    }

    @Test
    void keepsAskingAfterAWrongPassword() {
      Response response =
          signIn(
              service(FakeSso.SOUL_HOME) + "&renew=true",
              "Wrong-Pony-7",
              Map.of("service", FakeSso.SOUL_HOME, "renew", "true"));

      assertEquals(401, response.status());
      assertTrue(response.body().contains("name=\"renew\" value=\"true\""));
    }
  }
}
