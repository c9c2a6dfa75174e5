package org.singlepassword.adapters.web.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.application.port.in.reset.InvalidResetLinkException;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.MinimumLength;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RequiredCharacters;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;
import org.singlepassword.domain.token.SecretToken;

/**
 * "Choose a new password" over a real socket: the token carried in a hidden field, the form's own
 * checks before the use case, one page for every link that does not work, every unmet rule at once,
 * and no password ever sent back.
 */
class ResetPasswordPageTest {

  private static final String NEW = "New-Secret-Pass2";
  private static final String OTHER = "Other-Secret-Pass3";
  private static final String INVALID =
      "This link is not valid: it may have expired or been used already. You can ask for a new"
          + " one.";
  private static final Pattern TOKEN_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"token\" value=\"([^\"]*)\">");

  private final String token = SecretToken.generate(new SecureRandom()).reveal();
  private final List<ConfirmPasswordResetCommand> confirmations = new CopyOnWriteArrayList<>();

  /** What the stubbed use case throws; null: the reset succeeds. */
  private final AtomicReference<RuntimeException> outcome = new AtomicReference<>();

  private final TestClock clock = new TestClock();
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .confirmPasswordReset(
                    command -> {
                      confirmations.add(command);
                      if (outcome.get() != null) {
                        throw outcome.get();
                      }
                    }),
            RunningServer.settings(clock));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response open() {
    return browser.get("/reset-password?token=" + token);
  }

  /** Opens the link, then confirms with the form's own hidden fields. */
  private Response confirm(String newPassword, String reentered) {
    Response page = open();
    return browser.post(
        "/reset-password",
        Map.of(
            "csrf",
            page.csrf(),
            "token",
            tokenField(page),
            "newPassword",
            newPassword,
            "reenteredPassword",
            reentered));
  }

  private static String tokenField(Response page) {
    Matcher matcher = TOKEN_FIELD.matcher(page.body());
    if (!matcher.find()) {
      throw new AssertionError("no token field on this page:\n" + page.body());
    }
    return matcher.group(1);
  }

  private static String text(Response page) {
    return page.body().replaceAll("\\s+", " ");
  }

  private static void assertInvalidLinkPage(Response page) {
    assertEquals(400, page.status());
    assertTrue(text(page).contains(INVALID), page.body());
    assertTrue(page.body().contains("<a href=\"/forgot-password\">"), page.body());
  }

  @Nested
  class TheForm {

    @Test
    void showsThePolicyAndTheTwoBoxesWithTheIssuesLabels() {
      Response page = open();

      assertEquals(200, page.status());
      assertTrue(page.body().contains("<title>Choose a new password – Single-Password</title>"));
      assertTrue(page.body().contains("data-min=\"10\">At least 10 characters long<"));
      assertTrue(page.body().contains("<label for=\"newPassword\">New password</label>"));
      assertTrue(
          page.body().contains("<label for=\"reenteredPassword\">Re-enter new password</label>"));
      assertTrue(page.body().contains("<button type=\"submit\">Confirm</button>"));
      assertTrue(page.body().contains("<form method=\"post\" action=\"/reset-password\""));
    }

    @Test
    void carriesTheTokenInAHiddenFieldAndInTheLanguageSwitchOfThisPageOnly() {
      Response page = open();

      assertEquals(token, tokenField(page));
      assertTrue(page.body().contains("<a href=\"?token=" + token + "&amp;lang=zh-HK\""));
      assertTrue(page.body().contains("<a href=\"?token=" + token + "&amp;lang=en\""));
      assertEquals(3, page.body().split(Pattern.quote(token), -1).length - 1, page.body());
      assertEquals("no-referrer", page.header("Referrer-Policy"));
      assertEquals("no-store", page.header("Cache-Control"));
    }

    @Test
    void saysAtOnceThatALinkWithoutATokenIsNotValid() {
      assertInvalidLinkPage(browser.get("/reset-password"));
      assertInvalidLinkPage(browser.get("/reset-password?token="));
    }

    @Test
    void saysAtOnceThatAGarbageTokenIsNotValidWithoutShowingIt() {
      Response page = browser.get("/reset-password?token=%3Cscript%3Ealert(1)%3C/script%3E");

      assertInvalidLinkPage(page);
      assertFalse(page.body().contains("<script>"), page.body());
      assertInvalidLinkPage(browser.get("/reset-password?token=" + "A".repeat(129)));
    }
  }

  @Nested
  class WhenTheFormItselfIsWrong {

    @Test
    void saysTheNewPasswordsDoNotMatchWithoutAskingTheUseCase() {
      Response page = confirm(NEW, OTHER);

      assertEquals(422, page.status());
      assertTrue(
          page.body().contains("<a href=\"#reenteredPassword\">The new passwords do not match</a>"),
          page.body());
      assertEquals(token, tokenField(page));
      assertTrue(
          page.body().contains("<a href=\"?token=" + token + "&amp;lang=zh-HK\""),
          "the language switch keeps the link's token after a post");
      assertEquals(List.of(), confirmations);
    }

    @Test
    void asksForEachEmptyBoxWithoutAskingTheUseCase() {
      Response page = confirm("", "");

      assertEquals(422, page.status());
      assertTrue(page.body().contains("<a href=\"#newPassword\">Enter your new password</a>"));
      assertTrue(
          page.body().contains("<a href=\"#reenteredPassword\">Re-enter your new password</a>"));
      assertEquals(List.of(), confirmations);
    }

    @Test
    void refusesAFormWithoutItsAntiForgeryToken() {
      Response page = open();

      Response answer =
          browser.post(
              "/reset-password",
              Map.of("token", tokenField(page), "newPassword", NEW, "reenteredPassword", NEW));

      assertEquals(403, answer.status());
      assertEquals(List.of(), confirmations);
    }

    @Test
    void saysAFormWithoutATokenIsNotAValidLink() {
      String csrf = open().csrf();

      Response answer =
          browser.post(
              "/reset-password",
              Map.of("csrf", csrf, "newPassword", NEW, "reenteredPassword", NEW));

      assertInvalidLinkPage(answer);
      assertEquals(List.of(), confirmations);
    }
  }

  @Nested
  class WhenTheResetIsTried {

    @Test
    void changesThePasswordWithTheLinksTokenAndSaysToSignIn() {
      Response page = confirm(NEW, NEW);

      assertEquals(200, page.status());
      assertTrue(text(page).contains("Your password has been changed. Sign in with it now."));
      assertTrue(page.body().contains("<a href=\"/sign-in\">Sign in</a>"));
      ConfirmPasswordResetCommand command = confirmations.get(0);
      assertEquals(token, command.token().reveal());
      assertTrue(command.newPassword().sameAs(Password.of(NEW)));
      assertEquals(Optional.of(new ClientAddress("127.0.0.1")), command.clientAddress());
    }

    @Test
    void saysTheLinkIsNotValidWhenItIsUnknownUsedOrExpired() {
      outcome.set(new InvalidResetLinkException());

      Response page = confirm(NEW, NEW);

      assertInvalidLinkPage(page);
      assertFalse(page.body().contains(token), page.body());
    }

    @Test
    void listsEveryUnmetRuleAndNeverSendsAPasswordBack() {
      outcome.set(
          new PasswordRejectedException(
              List.of(
                  Violation.of(new MinimumLength(10)),
                  Violation.of(RequiredCharacters.digit(1)),
                  new Violation(RuleId.HISTORY, Map.of("depth", 3)))));

      Response page = confirm(NEW, NEW);

      assertEquals(422, page.status());
      for (String message :
          List.of(
              "Your new password must be at least 10 characters long.",
              "Your new password must contain at least one digit (0 - 9).",
              "Your new password must not be one of your last 3 passwords.")) {
        assertTrue(page.body().contains("<a href=\"#newPassword\">" + message + "</a>"), message);
        assertTrue(page.body().contains(">" + message + "</span>"), message);
      }
      assertFalse(page.body().contains(NEW), page.body());
      assertEquals(token, tokenField(page));
    }

    @Test
    void asksToTryAgainWhenTheAccountChangedAtTheSameTime() {
      outcome.set(new ConcurrentChangeException());

      Response page = confirm(NEW, NEW);

      assertEquals(409, page.status());
      assertTrue(text(page).contains("so nothing was saved: please try again."));
    }

    @Test
    void neverEchoesAMismatchedPassword() {
      Response page = confirm(NEW, OTHER);

      assertFalse(page.body().contains(NEW));
      assertFalse(page.body().contains(OTHER));
    }

    @Test
    void holdsOffAnAddressThatTriesTooManyLinks() {
      outcome.set(new InvalidResetLinkException());
      for (int i = 0; i < WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE; i++) {
        assertEquals(400, confirm(NEW, NEW).status());
      }

      Response held = confirm(NEW, NEW);

      assertEquals(429, held.status());
      assertEquals("6", held.header("Retry-After"));
      assertEquals(WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE, confirmations.size());
    }
  }
}
