package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemorySessionStore;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.session.SessionTimeouts;
import org.singlepassword.domain.token.SecretToken;

/** A web session opened at sign-in, resumed on each page, ended by time or by signing out. */
class SessionServicesTest {

  private static final Instant OPENED = Instant.parse("2025-09-03T09:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);
  private static final Duration ABSOLUTE = Duration.ofHours(8);

  private final DirectTransactions transactions = new DirectTransactions();
  private final InMemorySessionStore sessions = new InMemorySessionStore();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private Account chan;
  private SecretToken token;

  @BeforeEach
  void chanSignsIn() {
    chan = ExampleAccounts.store(accounts, hasher);
    token = openAt(OPENED);
  }

  private SecretToken openAt(Instant now) {
    return new OpenSessionService(
            transactions, sessions, new SecureRandom(), Clock.fixed(now, ZoneOffset.UTC))
        .openSession(chan.id());
  }

  private Optional<SignedIn> resumeAt(Instant now) {
    return new ResumeSessionService(
            transactions,
            sessions,
            accounts,
            new SessionTimeouts(IDLE, ABSOLUTE),
            PasswordAging.defaults(),
            Clock.fixed(now, ZoneOffset.UTC))
        .resumeSession(token);
  }

  private boolean stored() {
    return sessions.find(token.hash()).isPresent();
  }

  @Nested
  class Touching {

    @Test
    void recordsUseAtMostOnceAMinuteSoThatPageViewsDoNotAllWrite() {
      resumeAt(OPENED.plusSeconds(30));
      assertEquals(OPENED, sessions.find(token.hash()).orElseThrow().lastSeenAt(), "not yet");

      resumeAt(OPENED.plusSeconds(60));
      assertEquals(OPENED.plusSeconds(60), sessions.find(token.hash()).orElseThrow().lastSeenAt());
    }

    @Test
    void aSessionKeptAliveByUseOutlivesTheIdleTimeout() {
      resumeAt(OPENED.plus(Duration.ofMinutes(20)));

      assertTrue(resumeAt(OPENED.plus(Duration.ofMinutes(40))).isPresent());
    }
  }

  @Nested
  class Opening {

    @Test
    void letsTheNextPageKnowThePerson() {
      assertEquals(
          Optional.of(Accounts.signedIn(chan, PasswordAging.defaults(), OPENED)), resumeAt(OPENED));
      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, resumeAt(OPENED).orElseThrow().status());
    }

    @Test
    void storesOnlyTheTokensHash() {
      assertTrue(stored());
      assertEquals(token.hash(), sessions.find(token.hash()).orElseThrow().id());
      assertNotEquals(token.reveal(), token.hash().value());
    }

    @Test
    void issuesANewTokenEveryTime() {
      assertNotEquals(token.reveal(), openAt(OPENED).reveal());
    }

    @Test
    void knowsNobodyByAnUnknownToken() {
      token = SecretToken.generate(new SecureRandom());

      assertEquals(Optional.empty(), resumeAt(OPENED));
    }
  }

  @Nested
  class WhenIdle {

    @Test
    void staysOpenUntilJustBeforeTheIdleTimeout() {
      assertTrue(resumeAt(OPENED.plus(IDLE).minusNanos(1)).isPresent());
    }

    @Test
    void countsIdleTimeFromTheLastPage() {
      Instant lastPage = OPENED.plus(Duration.ofMinutes(25));
      resumeAt(lastPage);

      assertTrue(resumeAt(lastPage.plus(IDLE).minusNanos(1)).isPresent());
    }

    @Test
    void endsAtTheIdleTimeoutAndIsRemoved() {
      assertEquals(Optional.empty(), resumeAt(OPENED.plus(IDLE)));
      assertFalse(stored());
      assertEquals(Optional.empty(), resumeAt(OPENED), "gone for good, whatever the clock says");
    }
  }

  @Nested
  class WhenKeptInUse {

    @Test
    void endsAtTheAbsoluteTimeoutAndIsRemoved() {
      Instant page = OPENED;
      while (page.isBefore(OPENED.plus(ABSOLUTE))) {
        assertTrue(resumeAt(page).isPresent(), "open at " + page);
        page = page.plus(Duration.ofMinutes(20));
      }

      assertTrue(resumeAt(OPENED.plus(ABSOLUTE).minusNanos(1)).isPresent());
      assertEquals(Optional.empty(), resumeAt(OPENED.plus(ABSOLUTE)));
      assertFalse(stored());
    }
  }

  @Nested
  class Ending {

    @Test
    void signingOutEndsTheSession() {
      new EndSessionService(transactions, sessions).endSession(token);

      assertFalse(stored());
      assertEquals(Optional.empty(), resumeAt(OPENED));
    }

    @Test
    void signingOutTwiceIsHarmless() {
      EndSessionService end = new EndSessionService(transactions, sessions);
      end.endSession(token);
      end.endSession(token);

      assertEquals(Optional.empty(), resumeAt(OPENED));
    }
  }

  @Test
  void knowsNobodyOnceTheAccountIsDisabled() {
    Account disabled = accounts.findById(chan.id()).orElseThrow();
    disabled.disable();
    accounts.update(disabled);

    assertEquals(Optional.empty(), resumeAt(OPENED.plus(Duration.ofMinutes(1))));
  }

  @Test
  void showsAnAccountChangeMadeMeanwhileElsewhere() {
    Account elsewhere = accounts.findById(chan.id()).orElseThrow();
    Instant changedAt = ISSUED_AT.plus(Duration.ofDays(2));
    elsewhere.changePassword(
        INITIAL,
        Password.of("Changed2Pass"),
        PasswordPolicy.faq(),
        hasher,
        Channel.WEB_FORM,
        changedAt);
    accounts.update(elsewhere);

    SignedIn resumed = resumeAt(OPENED.plus(Duration.ofMinutes(1))).orElseThrow();

    assertEquals(AccountStatus.ACTIVE, resumed.status());
    assertEquals(changedAt, resumed.passwordChangedAt());
    assertEquals(Channel.WEB_FORM, resumed.passwordChangedThrough());
  }
}
