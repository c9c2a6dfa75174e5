package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.fakes.InMemorySessionStore;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.fakes.RecordingNotifications;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.SecretToken;

/** Changing the password of an account that guessing locked, or that changed it a moment ago. */
class ChangePasswordServiceLifecycleTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Instant LOCK_ENDS = NOW.plus(Duration.ofMinutes(15));
  private static final Duration MIN_AGE = Duration.ofDays(1);
  private static final Password NEW = Password.of("Replacement2Pass");
  private static final Password THIRD = Password.of("Third3Password");
  private static final Password WRONG = Password.of("Wrong1Guess");

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemorySessionStore sessions = new InMemorySessionStore();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final RecordingNotifications notifications = new RecordingNotifications();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final CommitRecordingTransactions transactions = new CommitRecordingTransactions();
  private final FakeClock clock = new FakeClock(NOW);
  private final PasswordAging aging =
      new PasswordAging(
          Optional.of(Duration.ofDays(180)), Duration.ofDays(14), Optional.of(MIN_AGE));
  private final ChangePasswordService service =
      new ChangePasswordService(
          transactions,
          accounts,
          sessions,
          audit,
          PasswordPolicy.faq(),
          new InMemoryEServiceRegistry(),
          aging,
          Lockout.defaults(),
          hasher,
          new UnknownAccountDecoy(hasher),
          new AccountNotices(notifications, transactions, audit, clock),
          clock);
  private Account chan;

  private void change(Password current, Password replacement) {
    service.changePassword(new ChangePasswordCommand(CHAN, current, replacement, Channel.WEB_FORM));
  }

  private void guess(int times) {
    for (int attempt = 0; attempt < times; attempt++) {
      assertThrows(IncorrectPasswordException.class, () -> change(WRONG, NEW));
    }
  }

  @BeforeEach
  void storeChansAccount() {
    chan = ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class WhenGuessingTheCurrentPassword {

    @Test
    void countsAWrongCurrentPasswordAndCommitsTheCount() {
      guess(1);

      assertEquals(1, stored(accounts).failedAttempts());
      assertEquals(1, transactions.committed());
      assertEquals(0, transactions.rolledBack());
    }

    @Test
    void locksAtTheFifthWrongCurrentPassword() {
      guess(4);

      AccountLockedException locked =
          assertThrows(AccountLockedException.class, () -> change(WRONG, NEW));

      assertEquals(LOCK_ENDS, locked.lockedUntil());
      assertEquals(Optional.of(LOCK_ENDS), stored(accounts).lockedUntil());
      assertEquals(
          Stream.concat(
                  Collections.nCopies(5, AuditEventType.PASSWORD_CHANGE_REJECTED).stream(),
                  Stream.of(AuditEventType.ACCOUNT_LOCKED))
              .toList(),
          audit.types());
    }

    @Test
    void addsWrongPasswordsAtSignInToTheSameCount() {
      SignInService signIn =
          new SignInService(
              transactions,
              accounts,
              audit,
              hasher,
              new UnknownAccountDecoy(hasher),
              Lockout.defaults(),
              aging,
              clock);
      for (int attempt = 0; attempt < 3; attempt++) {
        assertThrows(
            IncorrectPasswordException.class,
            () -> signIn.signIn(new SignInCommand(CHAN, WRONG, Channel.WEB_FORM)));
      }
      guess(1);

      assertThrows(AccountLockedException.class, () -> change(WRONG, NEW));
    }
  }

  @Nested
  class WhenLocked {

    @BeforeEach
    void lockByGuessing() {
      guess(4);
      assertThrows(AccountLockedException.class, () -> change(WRONG, NEW));
    }

    @Test
    void refusesTheRightCurrentPasswordWithoutCheckingIt() {
      int before = hasher.verifications();

      AccountLockedException locked =
          assertThrows(AccountLockedException.class, () -> change(INITIAL, NEW));

      assertEquals(LOCK_ENDS, locked.lockedUntil());
      assertEquals(before, hasher.verifications());
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
      assertEquals(
          AuditEventType.PASSWORD_CHANGE_REJECTED, audit.types().get(audit.types().size() - 1));
    }

    @Test
    void acceptsTheChangeOnceTheLockEndsAndClearsIt() {
      clock.set(LOCK_ENDS);

      change(INITIAL, NEW);

      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(NEW, hasher));
      assertEquals(Optional.empty(), stored(accounts).lockedUntil());
    }
  }

  @Nested
  class SoonAfterAChange {

    @BeforeEach
    void chanReplacesTheInitialPasswordNow() {
      change(INITIAL, NEW);
    }

    @Test
    void refusesTheNextChangeBeforeTheMinimumAgeWithTheMomentItIsAllowed() {
      clock.set(NOW.plus(MIN_AGE).minusNanos(1));

      PasswordRejectedException rejection =
          assertThrows(PasswordRejectedException.class, () -> change(NEW, THIRD));

      assertEquals(
          List.of(
              new Violation(
                  RuleId.MIN_AGE,
                  Map.of("minAge", "PT24H", "changeableFrom", NOW.plus(MIN_AGE).toString()))),
          rejection.unmet());
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(NEW, hasher));
    }

    @Test
    void acceptsTheNextChangeOnceTheMinimumAgeHasPassed() {
      clock.set(NOW.plus(MIN_AGE));

      change(NEW, THIRD);

      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(THIRD, hasher));
    }

    @Test
    void refusesAWrongCurrentPasswordAsIncorrectBeforeLookingAtTheMinimumAge() {
      clock.set(NOW.plus(Duration.ofHours(1)));

      assertThrows(IncorrectPasswordException.class, () -> change(WRONG, THIRD));
      assertEquals(1, stored(accounts).failedAttempts());
    }
  }

  @Test
  void neverHoldsUpTheRequiredFirstChange() {
    clock.set(ISSUED_AT.plusSeconds(60));

    change(INITIAL, NEW);

    assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(NEW, hasher));
  }

  @Nested
  class OtherSessions {

    private final SecureRandom random = new SecureRandom();
    private final SecretToken thisTab = SecretToken.generate(random);
    private final SecretToken otherBrowser = SecretToken.generate(random);
    private final SecretToken someoneElse = SecretToken.generate(random);

    @BeforeEach
    void openSessions() {
      sessions.add(Session.begin(thisTab.hash(), chan.id(), NOW));
      sessions.add(Session.begin(otherBrowser.hash(), chan.id(), NOW));
      sessions.add(Session.begin(someoneElse.hash(), AccountId.random(), NOW));
    }

    private boolean open(SecretToken token) {
      return sessions.find(token.hash()).isPresent();
    }

    @Test
    void endWithAChangeButTheSessionThatMadeItStays() {
      service.changePassword(
          new ChangePasswordCommand(
              CHAN, INITIAL, NEW, Channel.WEB_FORM, Optional.of(thisTab), Optional.empty()));

      assertTrue(open(thisTab));
      assertFalse(open(otherBrowser));
      assertTrue(open(someoneElse));
    }

    @Test
    void allEndWithAChangeFromAnEService() {
      change(INITIAL, NEW);

      assertFalse(open(thisTab));
      assertFalse(open(otherBrowser));
      assertTrue(open(someoneElse));
    }

    @Test
    void stayOpenWhenTheChangeIsRefused() {
      guess(1);

      assertTrue(open(thisTab));
      assertTrue(open(otherBrowser));
    }
  }

  @Test
  void refusesToChangeThePasswordOfADisabledAccount() {
    Account account = stored(accounts);
    account.disable();
    accounts.update(account);

    assertThrows(AccountDisabledException.class, () -> change(INITIAL, NEW));
    assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
  }

  @Test
  void recordsTheClientAddressOfARefusalAndOfAChange() {
    ClientAddress address = new ClientAddress("2001:db8::7");

    assertThrows(
        IncorrectPasswordException.class, () -> service.changePassword(from(address, WRONG)));
    service.changePassword(from(address, INITIAL));

    assertEquals(
        List.of(
            new AuditEvent(
                NOW,
                CHAN,
                AuditEventType.PASSWORD_CHANGE_REJECTED,
                Channel.WEB_FORM,
                Optional.of(address)),
            new AuditEvent(
                NOW,
                CHAN,
                AuditEventType.PASSWORD_CHANGED,
                Channel.WEB_FORM,
                Optional.of(address))),
        audit.events());
  }

  private static ChangePasswordCommand from(ClientAddress address, Password current) {
    return new ChangePasswordCommand(
        CHAN, current, NEW, Channel.WEB_FORM, Optional.empty(), Optional.of(address));
  }
}
