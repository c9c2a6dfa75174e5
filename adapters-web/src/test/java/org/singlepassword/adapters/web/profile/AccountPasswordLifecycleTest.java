package org.singlepassword.adapters.web.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.RecordingChangePassword;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/**
 * Account Password through an account's life: the change keeps this session and ends the others, a
 * change made too soon says from when, and guessing the current password locks the account.
 */
class AccountPasswordLifecycleTest {

  private final TestClock clock = new TestClock();
  private final FakeSessions sessions = new FakeSessions();
  private final RecordingChangePassword changePassword = new RecordingChangePassword();
  private final List<ChangePasswordCommand> changes = changePassword.changes();
  private RunningServer server;
  private Browser browser;
  private String session;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs().sessions(sessions).changePassword(changePassword),
            RunningServer.settings(clock));
    browser = server.browser();
    session = sessions.signIn(People.chan());
    browser.setCookie("sps_session", session);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response confirm() {
    String csrf = browser.get("/profile/password").csrf();
    return browser.post(
        "/profile/password",
        Map.of(
            "csrf", csrf,
            "currentPassword", "Old-Secret-Pass1",
            "newPassword", "New-Secret-Pass2",
            "reenteredPassword", "New-Secret-Pass2"));
  }

  @Test
  void keepsTheSessionItWasSentFromSoThatEveryOtherOneEnds() {
    Response response = confirm();

    assertEquals(200, response.status(), response.body());
    ChangePasswordCommand change = changes.get(0);
    assertEquals(session, change.keptSession().orElseThrow().reveal());
    assertEquals(Optional.of(new ClientAddress("127.0.0.1")), change.clientAddress());
  }

  @Test
  void saysFromWhenAChangeMadeTooSoonIsAllowed() {
    changePassword.refuseWith(
        new PasswordRejectedException(
            List.of(
                new Violation(
                    RuleId.MIN_AGE,
                    Map.of("minAge", "PT24H", "changeableFrom", "2025-03-15T12:00:00Z")))));

    Response response = confirm();

    assertEquals(422, response.status());
    assertTrue(
        response
            .body()
            .contains(
                "<a href=\"#newPassword\">You changed your password recently: you can change it"
                    + " again from 15 March 2025.</a>"),
        response.body());
  }

  @Test
  void saysWhenALockFromGuessingEndsWith423() {
    changePassword.refuseWith(
        new AccountLockedException(TestClock.START.plus(Duration.ofMinutes(15))));

    Response response = confirm();

    assertEquals(423, response.status());
    assertEquals("900", response.header("Retry-After"));
    assertTrue(
        response.body().contains("it is locked until 12:15 on 14 March 2025."), response.body());
    assertTrue(response.body().contains("<a href=\"" + RunningServer.HELP_URL + "\">IT Help</a>"));
  }
}
