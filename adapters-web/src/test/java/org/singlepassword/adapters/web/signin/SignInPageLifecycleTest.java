package org.singlepassword.adapters.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * Signing in through an account's life: a lock that says when it ends, a disabled account, an
 * expired password that leads only to Account Password, and a warning before it expires.
 */
class SignInPageLifecycleTest {

  private final TestClock clock = new TestClock();
  private final FakeSessions sessions = new FakeSessions();
  private final List<SignInCommand> attempts = new CopyOnWriteArrayList<>();
  private final AtomicReference<SignedIn> person = new AtomicReference<>(People.chan());
  private final AtomicReference<RuntimeException> refusal = new AtomicReference<>();
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
                      attempts.add(command);
                      if (refusal.get() != null) {
                        throw refusal.get();
                      }
                      sessions.knowing(person.get());
                      return person.get();
                    }),
            RunningServer.settings(clock));
    browser = server.browser();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response signIn() {
    String csrf = browser.get("/sign-in").csrf();
    return browser.post(
        "/sign-in", Map.of("csrf", csrf, "username", "chan.tm", "password", "Secret-Pass1"));
  }

  @Nested
  class ALockedAccount {

    @BeforeEach
    void lock() {
      refusal.set(new AccountLockedException(TestClock.START.plus(Duration.ofMinutes(15))));
    }

    @Test
    void isAnswered423SayingWhenItUnlocksAndOfferingItHelp() {
      Response response = signIn();

      assertEquals(423, response.status());
      assertEquals("900", response.header("Retry-After"));
      assertTrue(response.body().contains("<strong>This account is locked</strong>"));
      assertTrue(
          response
              .body()
              .contains(
                  "It unlocks at 12:15 on 14 March 2025: please try again then, or ask <a"
                      + " href=\""
                      + RunningServer.HELP_URL
                      + "\">IT Help</a>."),
          response.body());
    }

    @Test
    void opensNoSessionAndKeepsTheUsername() {
      Response response = signIn();

      assertTrue(response.setCookie("sps_session").isEmpty());
      assertTrue(response.body().contains("name=\"username\" type=\"text\" value=\"chan.tm\""));
    }
  }

  @Nested
  class ADisabledAccount {

    @Test
    void isAnswered403WithItHelp() {
      refusal.set(new AccountDisabledException());

      Response response = signIn();

      assertEquals(403, response.status());
      assertTrue(
          response
              .body()
              .contains(
                  "This account is disabled. Please contact <a href=\""
                      + RunningServer.HELP_URL
                      + "\">IT Help</a>."));
      assertTrue(response.setCookie("sps_session").isEmpty());
    }
  }

  @Nested
  class AnExpiredPassword {

    @BeforeEach
    void expire() {
      person.set(People.expired());
    }

    @Test
    void leadsToAccountPasswordWithTheReason() {
      Response response = signIn();

      assertEquals(303, response.status());
      assertEquals("/profile/password", response.location());
      Response page = browser.get("/profile/password");
      assertTrue(
          page.body()
              .contains("Your password has expired: please choose a new one before you continue."));
    }

    @Test
    void leavesNothingElseReachableUntilItIsChanged() {
      signIn();

      for (String path : List.of("/profile", "/")) {
        Response response = browser.get(path);

        assertEquals(303, response.status(), path);
        assertEquals("/profile/password", response.location(), path);
      }
    }
  }

  @Nested
  class APasswordThatExpiresSoon {

    @Test
    void isWarnedOfOnMyProfileWhereSignInLeads() {
      person.set(People.expiringSoon());

      Response response = signIn();
      Response myProfile = browser.get(response.location());

      assertEquals("/profile", response.location());
      assertTrue(
          myProfile
              .body()
              .contains(
                  "Your password expires on 28 March 2025. Change it under"
                      + " <a href=\"/profile/password\">Account Password</a>."),
          myProfile.body());
    }

    @Test
    void isNotMentionedOutsideTheWarningWindow() {
      signIn();

      assertFalse(browser.get("/profile").body().contains("Your password expires"));
    }
  }

  @Nested
  class TheBrowsersAddress {

    @Test
    void isPassedOnForTheAudit() {
      signIn();

      assertEquals(Optional.of(new ClientAddress("127.0.0.1")), attempts.get(0).clientAddress());
    }

    @Test
    void isNeverTakenFromAForwardedForHeader() {
      String csrf = browser.get("/sign-in").csrf();
      browser.post(
          "/sign-in",
          Map.of("csrf", csrf, "username", "chan.tm", "password", "Secret-Pass1"),
          "X-Forwarded-For",
          "198.51.100.1",
          "Forwarded",
          "for=198.51.100.1");

      assertEquals("127.0.0.1", attempts.get(0).clientAddress().orElseThrow().value());
    }
  }
}
