package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Signing in to an account that guessing locked, IT disabled, or whose password is ageing. */
class SignInServiceLifecycleTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Instant LOCK_ENDS = NOW.plus(Duration.ofMinutes(15));
  private static final Instant EXPIRY = ISSUED_AT.plus(Duration.ofDays(180));
  private static final Password WRONG = Password.of("Wrong1Guess");
  private static final ClientAddress ADDRESS = new ClientAddress("203.0.113.7");

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final CommitRecordingTransactions transactions = new CommitRecordingTransactions();
  private final FakeClock clock = new FakeClock(NOW);
  private final SignInService service = service(accounts, PasswordAging.defaults());

  private SignInService service(AccountRepository repository, PasswordAging aging) {
    return new SignInService(
        transactions,
        repository,
        audit,
        hasher,
        new UnknownAccountDecoy(hasher),
        Lockout.defaults(),
        aging,
        clock);
  }

  private SignedIn signIn(Password password) {
    return service.signIn(new SignInCommand(CHAN, password, Channel.WEB_FORM));
  }

  private void guess(int times) {
    for (int attempt = 0; attempt < times; attempt++) {
      assertThrows(IncorrectPasswordException.class, () -> signIn(WRONG));
    }
  }

  @BeforeEach
  void storeChansAccount() {
    ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class WhenGuessing {

    @Test
    void locksAtTheFifthWrongPasswordAndSaysUntilWhen() {
      guess(4);

      AccountLockedException locked =
          assertThrows(AccountLockedException.class, () -> signIn(WRONG));

      assertEquals(LOCK_ENDS, locked.lockedUntil());
      assertEquals(
          Stream.concat(
                  Collections.nCopies(5, AuditEventType.SIGN_IN_FAILED).stream(),
                  Stream.of(AuditEventType.ACCOUNT_LOCKED))
              .toList(),
          audit.types());
    }

    @Test
    void refusesTheRightPasswordWhileLockedWithoutCheckingIt() {
      guess(4);
      assertThrows(AccountLockedException.class, () -> signIn(WRONG));
      int before = hasher.verifications();

      AccountLockedException locked =
          assertThrows(AccountLockedException.class, () -> signIn(INITIAL));

      assertEquals(LOCK_ENDS, locked.lockedUntil());
      assertEquals(before, hasher.verifications());
      assertEquals(AuditEventType.SIGN_IN_REFUSED, audit.types().get(audit.types().size() - 1));
    }

    @Test
    void letsTheRightPasswordInOnceTheLockEndsAndForgetsTheGuesses() {
      guess(4);
      assertThrows(AccountLockedException.class, () -> signIn(WRONG));
      clock.set(LOCK_ENDS);

      signIn(INITIAL);

      assertEquals(0, stored(accounts).failedAttempts());
      assertEquals(Optional.empty(), stored(accounts).lockedUntil());
    }

    @Test
    void startsCountingAfreshAfterASuccess() {
      guess(4);
      signIn(INITIAL);

      guess(4);

      assertEquals(4, stored(accounts).failedAttempts());
    }

    @Test
    void commitsEachFailedAttemptAlthoughTheCallThrows() {
      guess(4);
      assertThrows(AccountLockedException.class, () -> signIn(WRONG));

      assertEquals(5, transactions.committed());
      assertEquals(0, transactions.rolledBack());
      assertEquals(Optional.of(LOCK_ENDS), stored(accounts).lockedUntil());
    }

    @Test
    void neverLocksAnUnknownUsername() {
      for (int attempt = 0; attempt < 10; attempt++) {
        assertThrows(
            IncorrectPasswordException.class,
            () ->
                service.signIn(new SignInCommand(new Username("nobody"), WRONG, Channel.WEB_FORM)));
      }
    }

    @Test
    void answersAWrongPasswordAsIncorrectEvenWhenAnotherAttemptSavedFirst() {
      AccountRepository racing = spy(accounts);
      doAnswer(
              invocation -> {
                Optional<Account> read = accounts.findByUsername(CHAN);
                // A second guess, from another request, is recorded between this read and save.
                assertThrows(IncorrectPasswordException.class, () -> signIn(WRONG));
                return read;
              })
          .doCallRealMethod()
          .when(racing)
          .findByUsername(any());

      assertThrows(
          IncorrectPasswordException.class,
          () ->
              service(racing, PasswordAging.defaults())
                  .signIn(new SignInCommand(CHAN, WRONG, Channel.WEB_FORM)));
      assertEquals(2, stored(accounts).failedAttempts());
    }
  }

  @Nested
  class WhenDisabled {

    @BeforeEach
    void itSupportDisablesTheAccount() {
      Account account = stored(accounts);
      account.disable();
      accounts.update(account);
    }

    @Test
    void refusesTheRightPasswordAsDisabled() {
      assertThrows(AccountDisabledException.class, () -> signIn(INITIAL));

      assertEquals(List.of(AuditEventType.SIGN_IN_REFUSED), audit.types());
    }

    @Test
    void answersAWrongPasswordAsForAnyAccount() {
      assertThrows(IncorrectPasswordException.class, () -> signIn(WRONG));

      assertEquals(List.of(AuditEventType.SIGN_IN_FAILED), audit.types());
    }
  }

  @Nested
  class AsThePasswordAges {

    @BeforeEach
    void chanChoosesAPasswordOnTheDayOfIssue() {
      Account account = stored(accounts);
      account.changePassword(
          INITIAL,
          Password.of("Chosen2Pass"),
          PasswordPolicy.faq(),
          hasher,
          Channel.WEB_FORM,
          ISSUED_AT);
      accounts.update(account);
    }

    private SignedIn signInAt(Instant moment) {
      clock.set(moment);
      return signIn(Password.of("Chosen2Pass"));
    }

    @Test
    void saysWhenThePasswordExpires() {
      SignedIn signedIn = signInAt(NOW);

      assertEquals(AccountStatus.ACTIVE, signedIn.status());
      assertEquals(Optional.of(EXPIRY), signedIn.passwordExpiresAt());
      assertFalse(signedIn.expiryWarning());
    }

    @Test
    void warnsFromTheFirstInstantOfTheWindow() {
      Instant windowOpens = EXPIRY.minus(Duration.ofDays(14));

      assertFalse(signInAt(windowOpens.minusNanos(1)).expiryWarning());
      assertTrue(signInAt(windowOpens).expiryWarning());
      assertEquals(AccountStatus.ACTIVE, signInAt(EXPIRY.minusNanos(1)).status());
    }

    @Test
    void saysExpiredOnceTheMaximumAgeHasPassed() {
      SignedIn signedIn = signInAt(EXPIRY);

      assertEquals(AccountStatus.PASSWORD_EXPIRED, signedIn.status());
      assertTrue(signedIn.status().requiresPasswordChange());
      assertFalse(signedIn.expiryWarning(), "expired, not about to expire");
    }

    @Test
    void saysExpiredWhenAnAdministratorExpiredIt() {
      Account account = stored(accounts);
      account.expirePassword();
      accounts.update(account);

      assertEquals(AccountStatus.PASSWORD_EXPIRED, signInAt(NOW).status());
    }

    @Test
    void neitherExpiresNorWarnsWhenPasswordsNeverExpire() {
      clock.set(EXPIRY.plus(Duration.ofDays(365)));

      SignedIn signedIn =
          service(accounts, PasswordAging.never())
              .signIn(new SignInCommand(CHAN, Password.of("Chosen2Pass"), Channel.WEB_FORM));

      assertEquals(AccountStatus.ACTIVE, signedIn.status());
      assertEquals(Optional.empty(), signedIn.passwordExpiresAt());
      assertFalse(signedIn.expiryWarning());
    }
  }

  @Test
  void recordsTheClientAddressOfEveryAttempt() {
    Username nobody = new Username("nobody");
    service.signIn(new SignInCommand(CHAN, INITIAL, Channel.WEB_FORM, Optional.of(ADDRESS)));
    assertThrows(
        IncorrectPasswordException.class,
        () ->
            service.signIn(new SignInCommand(CHAN, WRONG, Channel.WEB_FORM, Optional.of(ADDRESS))));
    assertThrows(
        IncorrectPasswordException.class,
        () ->
            service.signIn(
                new SignInCommand(nobody, WRONG, Channel.WEB_FORM, Optional.of(ADDRESS))));

    assertEquals(
        List.of(
            event(CHAN, AuditEventType.SIGN_IN_SUCCEEDED),
            event(CHAN, AuditEventType.SIGN_IN_FAILED),
            event(nobody, AuditEventType.SIGN_IN_FAILED)),
        audit.events());
  }

  private static AuditEvent event(Username username, AuditEventType type) {
    return new AuditEvent(NOW, username, type, Channel.WEB_FORM, Optional.of(ADDRESS));
  }
}
