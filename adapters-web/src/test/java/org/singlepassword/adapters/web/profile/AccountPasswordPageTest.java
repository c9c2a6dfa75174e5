package org.singlepassword.adapters.web.profile;

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
import org.singlepassword.adapters.web.testing.RecordingChangePassword;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.ForbiddenCharacters;
import org.singlepassword.domain.policy.MaximumLength;
import org.singlepassword.domain.policy.MinimumLength;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RequiredCharacters;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/**
 * Account Password, the FAQ's steps 3 to 6: the policy first, every problem at once, no password
 * sent back.
 */
class AccountPasswordPageTest {

  private static final String CURRENT = "Old-Secret-Pass1";
  private static final String NEW = "New-Secret-Pass2";
  private static final String OTHER = "Other-Secret-Pass3";

  private final FakeSessions sessions = new FakeSessions();
  private final RecordingChangePassword changePassword = new RecordingChangePassword();
  private final List<ChangePasswordCommand> changes = changePassword.changes();

  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(new UseCaseStubs().sessions(sessions).changePassword(changePassword));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void signInAs(org.singlepassword.application.port.in.signin.SignedIn person) {
    browser.setCookie("sps_session", sessions.signIn(person));
  }

  private Response confirm(String current, String replacement, String reentered) {
    String csrf = browser.get("/profile/password").csrf();
    return browser.post(
        "/profile/password",
        Map.of(
            "csrf", csrf,
            "currentPassword", current,
            "newPassword", replacement,
            "reenteredPassword", reentered));
  }

  private static void assertNoPasswordIn(Response response) {
    for (String password : List.of(CURRENT, NEW, OTHER)) {
      assertFalse(response.body().contains(password), "the page shows " + password);
    }
  }

  @Nested
  class BeforeTyping {

    @BeforeEach
    void signIn() {
      signInAs(People.chan());
    }

    @Test
    void hasTheFaqsThreeBoxesAndTheConfirmButton() {
      Response page = browser.get("/profile/password");

      assertEquals(200, page.status());
      assertTrue(page.body().contains("<title>Account Password – Single-Password</title>"));
      assertTrue(page.body().contains("<label for=\"currentPassword\">Current password</label>"));
      assertTrue(
          page.body()
              .contains(
                  "<input id=\"currentPassword\" name=\"currentPassword\" type=\"password\""
                      + " autocomplete=\"current-password\""));
      assertTrue(page.body().contains("<label for=\"newPassword\">New password</label>"));
      assertTrue(
          page.body()
              .contains(
                  "<input id=\"newPassword\" name=\"newPassword\" type=\"password\""
                      + " autocomplete=\"new-password\""));
      assertTrue(
          page.body().contains("<label for=\"reenteredPassword\">Re-enter new password</label>"));
      assertTrue(
          page.body()
              .contains(
                  "<input id=\"reenteredPassword\" name=\"reenteredPassword\""
                      + " type=\"password\" autocomplete=\"new-password\""));
      assertTrue(page.body().contains("<button type=\"submit\">Confirm</button>"));
    }

    @Test
    void showsEveryRuleOfThePolicyInThePeoplesWordsAboveTheBoxes() {
      String body = browser.get("/profile/password").body();

      List<String> rules =
          List.of(
              "data-min=\"10\">At least 10 characters long<",
              "data-max=\"128\">At most 128 characters<",
              ">None of $ &quot; \\ / ` and no space characters<",
              ">At least one uppercase letter (A - Z)<",
              ">At least one lowercase letter (a - z)<",
              ">At least one digit (0 - 9)<",
              "data-depth=\"3\">Not one of your last 3 passwords<");
      int newBox = body.indexOf("<input id=\"newPassword\"");
      int hint = body.indexOf("<div class=\"hint\" id=\"newPassword-hint\">");
      for (String rule : rules) {
        assertTrue(body.contains(rule), rule);
        assertTrue(body.indexOf(rule) > hint, rule + " is not in the hint of New password");
        assertTrue(body.indexOf(rule) < newBox, rule + " comes after the box");
      }
    }

    @Test
    void isOnTheLeftMenuOfMyProfile() {
      String body = browser.get("/profile/password").body();

      assertTrue(
          body.contains(
              "<a href=\"/profile/password\" aria-current=\"page\">Account Password</a>"));
      assertTrue(body.contains("<li><a href=\"/profile\">My Profile</a></li>"));
    }
  }

  @Nested
  class AtTheFirstSignIn {

    @BeforeEach
    void signIn() {
      signInAs(People.newcomer());
    }

    @Test
    void explainsThatTheInitialPasswordMustBeChangedFirst() {
      Response page = browser.get("/profile/password");

      assertEquals(200, page.status());
      assertTrue(
          page.body()
              .contains(
                  "You signed in with an initial password: please change it now before you"
                      + " continue."));
    }

    @Test
    void sendsEveryOtherSignedInPageToAccountPassword() {
      for (String path : List.of("/profile", "/")) {
        Response response = browser.get(path);

        assertEquals(303, response.status(), path);
        assertEquals("/profile/password", response.location(), path);
      }
    }

    @Test
    void stillLetsThePersonSignOut() {
      String csrf = browser.get("/profile/password").csrf();

      Response response = browser.post("/sign-out", Map.of("csrf", csrf));

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
    }

    @Test
    void letsThePersonChangeIt() {
      Response response = confirm(CURRENT, NEW, NEW);

      assertEquals(200, response.status());
      assertEquals(1, changes.size());
    }
  }

  @Nested
  class AfterConfirm {

    @BeforeEach
    void signIn() {
      signInAs(People.chan());
    }

    @Test
    void changesThePasswordThroughTheWebFormAndSaysSo() {
      Response response = confirm(CURRENT, NEW, NEW);

      assertEquals(200, response.status());
      assertTrue(
          response
              .body()
              .contains(
                  "Your password has been changed. It now applies to your entire e-Services"
                      + " account: Learner Portal, SOUL and Online Enrolment Services."));
      assertTrue(response.body().contains("<div class=\"panel-success\" role=\"status\">"));
      assertTrue(response.body().contains("<title>Password changed – Single-Password</title>"));
      ChangePasswordCommand change = changes.get(0);
      assertEquals("chan.tm", change.username().value());
      assertTrue(change.currentPassword().sameAs(Password.of(CURRENT)));
      assertTrue(change.newPassword().sameAs(Password.of(NEW)));
      assertEquals(Channel.WEB_FORM, change.channel());
      assertNoPasswordIn(response);
    }

    @Test
    void namesEachEmptyBoxWithoutAskingTheUseCase() {
      Response response = confirm("", "", "");

      assertEquals(422, response.status());
      assertTrue(
          response
              .body()
              .contains("<li><a href=\"#currentPassword\">Enter your current password</a>"));
      assertTrue(
          response.body().contains("<li><a href=\"#newPassword\">Enter your new password</a>"));
      assertTrue(
          response
              .body()
              .contains("<li><a href=\"#reenteredPassword\">Re-enter your new password</a>"));
      assertTrue(
          response.body().contains("<title>Error: Account Password – Single-Password</title>"));
      assertEquals(List.of(), changes);
    }

    @Test
    void checksTheReEnteredPasswordItselfBeforeAskingTheUseCase() {
      Response response = confirm(CURRENT, NEW, OTHER);

      assertEquals(422, response.status());
      assertTrue(response.body().contains(">The new passwords do not match</span>"));
      assertTrue(
          response
              .body()
              .contains("aria-describedby=\"reenteredPassword-error\" aria-invalid=\"true\""));
      assertEquals(List.of(), changes);
      assertNoPasswordIn(response);
    }

    @Test
    void saysWhenTheCurrentPasswordIsIncorrect() {
      changePassword.refuseWith(new IncorrectPasswordException());

      Response response = confirm(OTHER, NEW, NEW);

      assertEquals(422, response.status());
      assertTrue(
          response
              .body()
              .contains(
                  "<p class=\"error-message\" id=\"currentPassword-error\">"
                      + "<span class=\"visually-hidden\">Error:</span>\n"
                      + "<span class=\"error-line\">Your current password is incorrect</span>"));
      assertNoPasswordIn(response);
    }

    @Test
    void listsEveryUnmetRuleInThePeoplesWords() {
      changePassword.refuseWith(
          new PasswordRejectedException(
              List.of(
                  Violation.of(new MinimumLength(10)),
                  Violation.of(new MaximumLength(128)),
                  new ForbiddenCharacters(ForbiddenCharacters.FAQ)
                      .check(Password.of("a$b c\td\u00a0e\nf\\"))
                      .orElseThrow(),
                  Violation.of(RequiredCharacters.uppercase(1)),
                  Violation.of(RequiredCharacters.lowercase(1)),
                  Violation.of(RequiredCharacters.digit(2)),
                  new Violation(RuleId.HISTORY, Map.of("depth", 3)))));

      Response response = confirm(CURRENT, NEW, NEW);

      assertEquals(422, response.status());
      List<String> messages =
          List.of(
              "Your new password must be at least 10 characters long.",
              "Your new password must be at most 128 characters long.",
              "Your new password must not contain $, space, tab, no-break space, line break or \\.",
              "Your new password must contain at least one uppercase letter (A - Z).",
              "Your new password must contain at least one lowercase letter (a - z).",
              "Your new password must contain at least 2 digits (0 - 9).",
              "Your new password must not be one of your last 3 passwords.");
      for (String message : messages) {
        assertTrue(
            response.body().contains("<span class=\"error-line\">" + message + "</span>"), message);
        assertTrue(
            response.body().contains("<li><a href=\"#newPassword\">" + message + "</a></li>"),
            message);
      }
      assertNoPasswordIn(response);
    }

    @Test
    void explainsTheRulesCurrentStandardsAddInThePeoplesWords() {
      changePassword.refuseWith(
          new PasswordRejectedException(
              List.of(
                  new Violation(RuleId.COMMON_PASSWORD, Map.of("listed", 96_520)),
                  new Violation(
                      RuleId.CONTAINS_PERSONAL_DATA,
                      Map.of("leastWordLength", 3, "found", List.of("displayName"))),
                  new Violation(RuleId.TOO_SIMILAR, Map.of("maxEdits", 2)))));

      Response response = confirm(CURRENT, NEW, NEW);

      assertEquals(422, response.status());
      for (String message :
          List.of(
              "This password is too common: choose one that others are unlikely to use.",
              "Your new password must not contain your name.",
              "Your new password is too like your current one: change more than the number or"
                  + " the case.")) {
        assertTrue(response.body().contains(message), message);
      }
      assertNoPasswordIn(response);
    }

    @Test
    void asksToTryAgainWhenTheAccountChangedAtTheSameTime() {
      changePassword.refuseWith(new ConcurrentChangeException());

      Response response = confirm(CURRENT, NEW, NEW);

      assertEquals(409, response.status());
      assertTrue(
          response
              .body()
              .contains(
                  "Your account was changed at the same time, so nothing was saved: please try"
                      + " again."));
      assertNoPasswordIn(response);
    }
  }

  @Nested
  class WithoutTheAntiForgeryToken {

    @BeforeEach
    void signIn() {
      signInAs(People.chan());
    }

    @Test
    void changesNothing() {
      Response response =
          browser.post(
              "/profile/password",
              Map.of("currentPassword", CURRENT, "newPassword", NEW, "reenteredPassword", NEW));

      assertEquals(403, response.status());
      assertTrue(response.body().contains("This form has expired; please go back and try again."));
      assertEquals(List.of(), changes);
    }

    @Test
    void changesNothingWithAForgedToken() {
      Response response =
          browser.post(
              "/profile/password",
              Map.of(
                  "csrf", "forged",
                  "currentPassword", CURRENT,
                  "newPassword", NEW,
                  "reenteredPassword", NEW));

      assertEquals(403, response.status());
      assertEquals(List.of(), changes);
    }
  }

  @Nested
  class WhenNotSignedIn {

    @Test
    void sendsThePersonToSignIn() {
      Response response = browser.get("/profile/password");

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
    }

    @Test
    void changesNothing() {
      Response response =
          browser.post(
              "/profile/password",
              Map.of("currentPassword", CURRENT, "newPassword", NEW, "reenteredPassword", NEW));

      assertEquals(303, response.status());
      assertEquals("/sign-in", response.location());
      assertEquals(List.of(), changes);
    }
  }
}
