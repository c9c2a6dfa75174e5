package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Signing in with the single password, for the web forms or an e-service. */
class SignInServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Channel PORTAL = Channel.eService(new EServiceId("learner-portal"));

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final CommitRecordingTransactions transactions = new CommitRecordingTransactions();
  private final SignInService service = service(accounts);
  private Account chan;

  private SignInService service(AccountRepository repository) {
    return new SignInService(
        transactions,
        repository,
        audit,
        hasher,
        new UnknownAccountDecoy(hasher),
        Lockout.defaults(),
        PasswordAging.defaults(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @BeforeEach
  void storeChansAccount() {
    chan = ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class WithTheRightPassword {

    @Test
    void saysWhoSignedInAndThatTheInitialPasswordMustBeChanged() {
      SignedIn signedIn = service.signIn(new SignInCommand(CHAN, INITIAL, PORTAL));

      assertEquals(
          new SignedIn(
              chan.id(),
              CHAN,
              new DisplayName("Chan Tai Man"),
              AccountStatus.MUST_CHANGE_PASSWORD,
              ISSUED_AT,
              Channel.ADMINISTRATOR,
              Optional.of(ISSUED_AT.plus(Duration.ofDays(180))),
              false),
          signedIn);
    }

    @Test
    void saysActiveOnceThePasswordWasChanged() {
      Account account = stored(accounts);
      Password changed = Password.of("Changed2Pass");
      account.changePassword(
          INITIAL, changed, PasswordPolicy.faq(), hasher, Channel.WEB_FORM, ISSUED_AT);
      accounts.update(account);

      SignedIn signedIn = service.signIn(new SignInCommand(CHAN, changed, PORTAL));

      assertEquals(AccountStatus.ACTIVE, signedIn.status());
      assertEquals(Channel.WEB_FORM, signedIn.passwordChangedThrough());
    }

    @Test
    void recordsTheSuccessWithTheChannel() {
      service.signIn(new SignInCommand(CHAN, INITIAL, PORTAL));

      assertEquals(
          List.of(new AuditEvent(NOW, CHAN, AuditEventType.SIGN_IN_SUCCEEDED, PORTAL)),
          audit.events());
    }

    @Test
    void savesNothingWhenTheHashIsUpToDate() {
      service.signIn(new SignInCommand(CHAN, INITIAL, PORTAL));

      assertEquals(0, stored(accounts).state().version());
      assertEquals(chan.state().credential(), stored(accounts).state().credential());
    }

    @Test
    void savesARenewedHashWhenTheHashingParametersMovedOn() {
      hasher.upgradeParameters();

      service.signIn(new SignInCommand(CHAN, INITIAL, PORTAL));

      Account saved = stored(accounts);
      assertEquals(1, saved.state().version());
      assertFalse(hasher.needsRehash(saved.state().credential()));
      assertTrue(hasher.verify(INITIAL, saved.state().credential()));
    }

    @Test
    void reportsAConcurrentChangeWhenTheRenewedHashCannotBeSaved() {
      AccountRepository stale = spy(accounts);
      doThrow(new StaleAccountException(chan.id(), 0)).when(stale).update(any());
      hasher.upgradeParameters();

      assertThrows(
          ConcurrentChangeException.class,
          () -> service(stale).signIn(new SignInCommand(CHAN, INITIAL, PORTAL)));
    }
  }

  @Nested
  class WithAWrongPasswordOrAnUnknownUsername {

    @Test
    void refusesAWrongPasswordAndRecordsTheFailure() {
      assertThrows(
          IncorrectPasswordException.class,
          () -> service.signIn(new SignInCommand(CHAN, Password.of("initial1pass"), PORTAL)));

      assertEquals(
          List.of(new AuditEvent(NOW, CHAN, AuditEventType.SIGN_IN_FAILED, PORTAL)),
          audit.events());
    }

    @Test
    void refusesAnUnknownUsernameAlikeAndRecordsTheNameTried() {
      Username nobody = new Username("nobody");
      IncorrectPasswordException wrongPassword =
          assertThrows(
              IncorrectPasswordException.class,
              () -> service.signIn(new SignInCommand(CHAN, Password.of("Wrong1Guess"), PORTAL)));
      IncorrectPasswordException unknownUser =
          assertThrows(
              IncorrectPasswordException.class,
              () -> service.signIn(new SignInCommand(nobody, INITIAL, PORTAL)));

      assertEquals(wrongPassword.getMessage(), unknownUser.getMessage());
      assertEquals(
          List.of(
              new AuditEvent(NOW, CHAN, AuditEventType.SIGN_IN_FAILED, PORTAL),
              new AuditEvent(NOW, nobody, AuditEventType.SIGN_IN_FAILED, PORTAL)),
          audit.events());
    }

    @Test
    void spendsOneVerificationEitherWay() {
      int before = hasher.verifications();
      assertThrows(
          IncorrectPasswordException.class,
          () -> service.signIn(new SignInCommand(CHAN, Password.of("Wrong1Guess"), PORTAL)));
      int forAWrongPassword = hasher.verifications() - before;

      before = hasher.verifications();
      assertThrows(
          IncorrectPasswordException.class,
          () -> service.signIn(new SignInCommand(new Username("nobody"), INITIAL, PORTAL)));
      int forAnUnknownUser = hasher.verifications() - before;

      assertEquals(1, forAWrongPassword);
      assertEquals(1, forAnUnknownUser);
    }

    @Test
    void commitsTheRecordedFailureBeforeRefusing() {
      assertThrows(
          IncorrectPasswordException.class,
          () -> service.signIn(new SignInCommand(CHAN, Password.of("Wrong1Guess"), PORTAL)));

      assertEquals(1, transactions.committed());
      assertEquals(0, transactions.rolledBack());
    }

    @Test
    void neverRenewsTheHashForAWrongPassword() {
      hasher.upgradeParameters();

      assertThrows(
          IncorrectPasswordException.class,
          () -> service.signIn(new SignInCommand(CHAN, Password.of("Wrong1Guess"), PORTAL)));

      // The failed attempt itself is saved (it counts towards the lockout); the hash is not.
      assertEquals(chan.state().credential(), stored(accounts).state().credential());
    }
  }
}
