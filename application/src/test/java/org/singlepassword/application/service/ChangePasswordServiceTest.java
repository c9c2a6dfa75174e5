package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.fakes.InMemorySessionStore;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.fakes.RecordingNotifications;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** My Profile > Account Password, or an e-service on the person's behalf: the whole use case. */
class ChangePasswordServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Password NEW = Password.of("Replacement2Pass");
  private static final Channel SOUL = Channel.eService(new EServiceId("soul"));

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryEServiceRegistry eServices = new InMemoryEServiceRegistry();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final RecordingNotifications notifications = new RecordingNotifications();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final ChangePasswordService service = service(new DirectTransactions(), accounts);

  private ChangePasswordService service(Transactions transactions, AccountRepository repository) {
    return service(transactions, repository, PasswordPolicy.faq());
  }

  private ChangePasswordService service(
      Transactions transactions, AccountRepository repository, PasswordPolicy policy) {
    return new ChangePasswordService(
        transactions,
        repository,
        new InMemorySessionStore(),
        audit,
        policy,
        eServices,
        PasswordAging.defaults(),
        Lockout.defaults(),
        hasher,
        new UnknownAccountDecoy(hasher),
        new AccountNotices(
            notifications, new DirectTransactions(), audit, Clock.fixed(NOW, ZoneOffset.UTC)),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static ChangePasswordCommand change(Password current, Password replacement) {
    return new ChangePasswordCommand(CHAN, current, replacement, SOUL);
  }

  @BeforeEach
  void storeChansAccount() {
    ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class WithTheRightCurrentPassword {

    @Test
    void savesTheNewPasswordWhenAndThroughWhatItWasSet() {
      service.changePassword(change(INITIAL, NEW));

      Account saved = stored(accounts);
      assertEquals(1, saved.state().version());
      assertEquals(Verification.CORRECT, saved.verifyPassword(NEW, hasher));
      assertEquals(Verification.INCORRECT, saved.verifyPassword(INITIAL, hasher));
      assertEquals(AccountStatus.ACTIVE, saved.status());
      assertEquals(NOW, saved.passwordChangedAt());
      assertEquals(SOUL, saved.passwordChangedThrough());
    }

    @Test
    void recordsPasswordChangedWithTheChannel() {
      service.changePassword(change(INITIAL, NEW));

      assertEquals(
          List.of(new AuditEvent(NOW, CHAN, AuditEventType.PASSWORD_CHANGED, SOUL)),
          audit.events());
    }

    @Test
    void tellsThePersonByEmailThroughWhichEServiceThePasswordChanged() {
      service.changePassword(change(INITIAL, NEW));

      assertEquals(
          List.of(
              new PasswordChangedNotice(
                  stored(accounts).email(), stored(accounts).displayName(), NOW, SOUL)),
          notifications.sent());
    }

    @Test
    void aRefusedChangeSendsNoNotice() {
      assertThrows(
          IncorrectPasswordException.class,
          () -> service.changePassword(change(Password.of("Wrong1Guess"), NEW)));

      assertTrue(notifications.sent().isEmpty());
    }

    @Test
    void makesTheWholeChangeInsideOneTransaction() {
      Transactions transactions = mock(Transactions.class);
      // A transaction that never runs its work: whatever changed anyway happened outside it.
      when(transactions.inTransactionReturning(any())).thenThrow(new IllegalStateException("held"));

      assertThrows(
          IllegalStateException.class,
          () -> service(transactions, accounts).changePassword(change(INITIAL, NEW)));

      assertEquals(0, stored(accounts).state().version(), "nothing happens outside the work");
      assertTrue(audit.events().isEmpty());
      @SuppressWarnings("unchecked")
      ArgumentCaptor<Supplier<Object>> work = ArgumentCaptor.forClass(Supplier.class);
      verify(transactions).inTransactionReturning(work.capture());
      verifyNoMoreInteractions(transactions);

      work.getValue().get();

      assertEquals(1, stored(accounts).state().version());
      assertEquals(List.of(AuditEventType.PASSWORD_CHANGED), audit.types());
    }
  }

  @Nested
  class WithAWrongCurrentPasswordOrUnknownUsername {

    @Test
    void refusesAWrongCurrentPasswordAndKeepsThePassword() {
      assertThrows(
          IncorrectPasswordException.class,
          () -> service.changePassword(change(Password.of("Wrong1Guess"), NEW)));

      assertEquals(1, stored(accounts).failedAttempts(), "saved: the guess counts, nothing else");
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
      assertFalse(audit.types().contains(AuditEventType.PASSWORD_CHANGED));
    }

    @Test
    void answersAnUnknownUsernameAlikeAfterOneDecoyVerification() {
      int before = hasher.verifications();
      IncorrectPasswordException wrongPassword =
          assertThrows(
              IncorrectPasswordException.class,
              () -> service.changePassword(change(Password.of("Wrong1Guess"), NEW)));
      int forAWrongPassword = hasher.verifications() - before;

      before = hasher.verifications();
      IncorrectPasswordException unknownUser =
          assertThrows(
              IncorrectPasswordException.class,
              () ->
                  service.changePassword(
                      new ChangePasswordCommand(new Username("nobody"), INITIAL, NEW, SOUL)));
      int forAnUnknownUser = hasher.verifications() - before;

      assertEquals(1, forAWrongPassword);
      assertEquals(1, forAnUnknownUser);
      assertEquals(wrongPassword.getMessage(), unknownUser.getMessage());
    }

    @Test
    void recordsARefusedChangeInTheAudit() {
      assertThrows(
          IncorrectPasswordException.class,
          () -> service.changePassword(change(Password.of("Wrong1Guess"), NEW)));

      assertEquals(List.of(AuditEventType.PASSWORD_CHANGE_REJECTED), audit.types());
    }
  }

  @Nested
  class WithANewPasswordThatBreaksThePolicy {

    @Test
    void namesEveryUnmetRuleAndSavesNothing() {
      PasswordRejectedException rejection =
          assertThrows(
              PasswordRejectedException.class,
              () -> service.changePassword(change(INITIAL, Password.of("new pass"))));

      assertEquals(
          List.of(RuleId.MIN_LENGTH, RuleId.FORBIDDEN_CHARACTER, RuleId.UPPERCASE, RuleId.DIGIT),
          rejection.unmet().stream().map(Violation::rule).toList());
      assertEquals(0, stored(accounts).state().version());
      assertTrue(audit.events().isEmpty());
    }

    @Test
    void refusesTheCurrentPasswordAgain() {
      PasswordRejectedException rejection =
          assertThrows(
              PasswordRejectedException.class,
              () -> service.changePassword(change(INITIAL, INITIAL)));

      assertEquals(RuleId.HISTORY, rejection.unmet().get(0).rule());
      assertEquals(0, stored(accounts).state().version());
    }
  }

  @Nested
  class WhenTheAccountChangedMeanwhile {

    @Test
    void reportsAConcurrentChangeAndRecordsNothing() {
      AccountRepository racing = spy(accounts);
      Password otherTabs = Password.of("OtherTab3Pass");
      doAnswer(
              invocation -> {
                Optional<Account> read = accounts.findByUsername(CHAN);
                // Another tab or e-service saves its change between this read and this save.
                service.changePassword(change(INITIAL, otherTabs));
                return read;
              })
          .when(racing)
          .findByUsername(any());

      assertThrows(
          ConcurrentChangeException.class,
          () -> service(new DirectTransactions(), racing).changePassword(change(INITIAL, NEW)));

      assertEquals(1, stored(accounts).state().version());
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(otherTabs, hasher));
      assertEquals(List.of(AuditEventType.PASSWORD_CHANGED), audit.types(), "the winner's only");
    }
  }
}
