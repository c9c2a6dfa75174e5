package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.RecordingChangePassword;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;

/**
 * An initial or expired password inside the CAS sign-in: the Account Password step instead of a
 * ticket, and the ticket only once the password is changed.
 */
class CasPasswordStepTest {

  private static final String NEW_PASSWORD = "Brand-New-Pass-42";
  private static final Pattern ANTI_FORGERY =
      Pattern.compile(
          "<form method=\"post\" action=\"/cas/password\"[^>]*>\\s*"
              + "<input type=\"hidden\" name=\"csrf\" value=\"([^\"]*)\">");

  private final FakeSessions sessions = new FakeSessions();
  private final FakeSso sso = new FakeSso();
  private final RecordingChangePassword changePassword = new RecordingChangePassword();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    SignedIn newcomer = People.newcomer();
    sso.knowing(newcomer);
    sso.requirePasswordChange(newcomer);
    sessions.knowing(newcomer);
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .signIn(
                    command -> {
                      if (!command.password().sameAs(Password.of(CasLoginTest.RIGHT_PASSWORD))) {
                        throw new IncorrectPasswordException();
                      }
                      return newcomer;
                    })
                .changePassword(
                    command -> {
                      changePassword.changePassword(command);
                      sso.passwordChanged(newcomer);
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

  private Response signInAsNewcomer() {
    String csrf = browser.get(CasLoginTest.login(CasLoginTest.service(FakeSso.SOUL_HOME))).csrf();
    return browser.post(
        "/cas/login",
        Map.of(
            "csrf",
            csrf,
            "username",
            "lee.sm",
            "password",
            CasLoginTest.RIGHT_PASSWORD,
            "service",
            FakeSso.SOUL_HOME));
  }

  private static String antiForgeryToken(Response page) {
    Matcher matcher = ANTI_FORGERY.matcher(page.body());
    assertTrue(matcher.find(), page.body());
    return matcher.group(1);
  }

  private Response confirm(Response step, String newPassword, String reentered) {
    return browser.post(
        "/cas/password",
        Map.of(
            "csrf",
            antiForgeryToken(step),
            "service",
            FakeSso.SOUL_HOME,
            "currentPassword",
            CasLoginTest.RIGHT_PASSWORD,
            "newPassword",
            newPassword,
            "reenteredPassword",
            reentered));
  }

  @Nested
  class AfterSigningIn {

    @Test
    void showsAccountPasswordInsteadOfATicket() {
      Response step = signInAsNewcomer();

      assertEquals(200, step.status());
      assertNull(step.location());
      assertTrue(step.body().contains("<h1>Account Password</h1>"));
      assertTrue(step.body().contains("You signed in with an initial password"));
      assertTrue(step.body().contains(">Current password</label>"));
      assertTrue(step.body().contains(">New password</label>"));
      assertTrue(step.body().contains(">Re-enter new password</label>"));
      assertTrue(step.body().contains("<button type=\"submit\">Confirm</button>"));
      assertTrue(step.body().contains("continue to <strong>SOUL</strong>"));
      assertTrue(
          step.body()
              .contains(
                  "<input type=\"hidden\" name=\"service\" value=\"https://soul.example.edu/\">"));
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void isShownTooWhenTheSessionMustChangeThePassword() {
      browser.setCookie("sps_session", sessions.signIn(People.newcomer()));

      Response step = browser.get(CasLoginTest.login(CasLoginTest.service(FakeSso.SOUL_HOME)));

      assertEquals(200, step.status());
      assertNull(step.location());
      assertTrue(step.body().contains("<h1>Account Password</h1>"));
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void isShownWhenOnlyTheCoreKnowsThePasswordExpired() {
      SignedIn chan = People.chan();
      sso.knowing(chan);
      sso.requirePasswordChange(chan);
      browser.setCookie("sps_session", sessions.signIn(chan));

      Response step = browser.get(CasLoginTest.login(CasLoginTest.service(FakeSso.SOUL_HOME)));

      assertEquals(200, step.status());
      assertTrue(step.body().contains("<h1>Account Password</h1>"));
      assertTrue(sso.issued().isEmpty());
    }
  }

  @Nested
  class Confirming {

    @Test
    void changesThePasswordThenGoesOnWithATicketFromCredentials() {
      Response done = confirm(signInAsNewcomer(), NEW_PASSWORD, NEW_PASSWORD);

      assertEquals(303, done.status());
      assertTrue(done.location().startsWith(FakeSso.SOUL_HOME + "?ticket=ST-"), done.location());
      ChangePasswordCommand change = changePassword.changes().get(0);
      assertEquals(Channel.WEB_FORM, change.channel());
      assertTrue(change.newPassword().sameAs(Password.of(NEW_PASSWORD)));
      assertEquals(
          browser.cookie("sps_session").orElseThrow(), change.keptSession().orElseThrow().reveal());
      assertEquals(
          List.of(true),
          sso.issued().stream().map(IssueServiceTicketCommand::fromCredentials).toList());
    }

    @Test
    void listsEveryProblemAndStaysOnTheStep() {
      Response again = confirm(signInAsNewcomer(), NEW_PASSWORD, "Something-Else-1");

      assertEquals(422, again.status());
      assertNull(again.location());
      assertTrue(again.body().contains("The new passwords do not match"));
      assertTrue(again.body().contains("name=\"service\" value=\"https://soul.example.edu/\""));
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void listsEveryRuleThePolicyRefuses() {
      changePassword.refuseWith(
          new PasswordRejectedException(PasswordPolicy.faq().check(Password.of("short$"))));

      Response again = confirm(signInAsNewcomer(), "short$", "short$");

      assertEquals(422, again.status());
      assertTrue(again.body().contains("at least 10 characters"), again.body());
      assertTrue(sso.issued().isEmpty());
    }

    @Test
    void refusesAFormWithoutTheSessionsAntiForgeryToken() {
      signInAsNewcomer();

      Response response =
          browser.post(
              "/cas/password",
              Map.of(
                  "service",
                  FakeSso.SOUL_HOME,
                  "currentPassword",
                  CasLoginTest.RIGHT_PASSWORD,
                  "newPassword",
                  NEW_PASSWORD,
                  "reenteredPassword",
                  NEW_PASSWORD));

      assertEquals(403, response.status());
      assertTrue(changePassword.changes().isEmpty());
    }

    @Test
    void refusesAnAddressThatIsNoEServicesBeforeChangingAnything() {
      Response step = signInAsNewcomer();

      Response response =
          browser.post(
              "/cas/password",
              Map.of(
                  "csrf",
                  antiForgeryToken(step),
                  "service",
                  "https://evil.example/",
                  "currentPassword",
                  CasLoginTest.RIGHT_PASSWORD,
                  "newPassword",
                  NEW_PASSWORD,
                  "reenteredPassword",
                  NEW_PASSWORD));

      assertEquals(400, response.status());
      assertNull(response.location());
      assertTrue(changePassword.changes().isEmpty());
    }
  }
}
