package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemorySessionStore;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.accounts.AdministerAccountCommand;
import org.singlepassword.application.port.in.accounts.AdministerAccountCommand.Action;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.SecretToken;

/** IT unlocks an account, forces a password change, disables or enables it. */
class AdministerAccountServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemorySessionStore sessions = new InMemorySessionStore();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final AdministerAccountService service = service(accounts);
  private Account chan;

  private AdministerAccountService service(AccountRepository repository) {
    return new AdministerAccountService(
        new DirectTransactions(), repository, sessions, audit, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private void administer(Action action) {
    service.administerAccount(new AdministerAccountCommand(CHAN, action));
  }

  private void changeStored(Consumer<Account> change) {
    Account account = stored(accounts);
    change.accept(account);
    accounts.update(account);
  }

  @BeforeEach
  void storeChansAccount() {
    chan = ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class Unlocking {

    @Test
    void liftsALockBeforeItEnds() {
      changeStored(
          account -> {
            for (int attempt = 0; attempt < 5; attempt++) {
              account.signIn(Password.of("Wrong1Guess"), hasher, Lockout.defaults(), NOW);
            }
          });

      administer(Action.UNLOCK);

      assertFalse(stored(accounts).isLockedAt(NOW));
      assertEquals(Optional.empty(), stored(accounts).lockedUntil());
      assertEquals(0, stored(accounts).failedAttempts());
    }
  }

  @Nested
  class ExpiringThePassword {

    @Test
    void forcesAChangeOfAnActivePassword() {
      changeStored(
          account ->
              account.changePassword(
                  INITIAL,
                  Password.of("Chosen2Pass"),
                  PasswordPolicy.faq(),
                  hasher,
                  Channel.WEB_FORM,
                  ISSUED_AT));

      administer(Action.EXPIRE_PASSWORD);

      assertEquals(AccountStatus.PASSWORD_EXPIRED, stored(accounts).status());
    }

    @Test
    void leavesAnInitialPasswordThatMustBeChangedAnyway() {
      administer(Action.EXPIRE_PASSWORD);

      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, stored(accounts).status());
    }
  }

  @Nested
  class DisablingAndEnabling {

    private final SecureRandom random = new SecureRandom();
    private final SecretToken chansTab = SecretToken.generate(random);
    private final SecretToken someoneElses = SecretToken.generate(random);

    @BeforeEach
    void openSessions() {
      sessions.add(Session.begin(chansTab.hash(), chan.id(), NOW));
      sessions.add(Session.begin(someoneElses.hash(), AccountId.random(), NOW));
    }

    @Test
    void disablingStopsSignInsAndEndsTheAccountsSessionsAtOnce() {
      administer(Action.DISABLE);

      assertFalse(stored(accounts).enabled());
      assertTrue(sessions.find(chansTab.hash()).isEmpty());
      assertTrue(sessions.find(someoneElses.hash()).isPresent());
    }

    @Test
    void disablingKeepsThePassword() {
      administer(Action.DISABLE);

      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
    }

    @Test
    void enablingLetsThePersonSignInAgain() {
      administer(Action.DISABLE);

      administer(Action.ENABLE);

      assertTrue(stored(accounts).enabled());
      assertEquals(
          AccountStatus.MUST_CHANGE_PASSWORD,
          stored(accounts).statusAt(NOW, PasswordAging.defaults()));
    }
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void recordsEachActionAsTheAdministrators(Action action) {
    administer(action);

    assertEquals(
        List.of(new AuditEvent(NOW, CHAN, recordedAs(action), Channel.ADMINISTRATOR)),
        audit.events());
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void applyingAnActionTwiceIsHarmless(Action action) {
    administer(action);
    AccountState once = stored(accounts).state();

    assertDoesNotThrow(() -> administer(action));

    assertEquals(once, stored(accounts).state().withVersion(once.version()));
    assertEquals(List.of(recordedAs(action), recordedAs(action)), audit.types());
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void refusesAnUnknownAccountAndRecordsNothing(Action action) {
    assertThrows(
        AccountNotFoundException.class,
        () ->
            service.administerAccount(
                new AdministerAccountCommand(new Username("nobody"), action)));

    assertTrue(audit.events().isEmpty());
  }

  @Test
  void reportsAConcurrentChangeAndRecordsNothing() {
    AccountRepository stale = spy(accounts);
    doThrow(new StaleAccountException(chan.id(), 0)).when(stale).update(any());

    assertThrows(
        ConcurrentChangeException.class,
        () -> service(stale).administerAccount(new AdministerAccountCommand(CHAN, Action.DISABLE)));

    assertTrue(audit.events().isEmpty());
  }

  private static AuditEventType recordedAs(Action action) {
    return switch (action) {
      case UNLOCK -> AuditEventType.ACCOUNT_UNLOCKED;
      case EXPIRE_PASSWORD -> AuditEventType.PASSWORD_EXPIRED_BY_ADMINISTRATOR;
      case DISABLE -> AuditEventType.ACCOUNT_DISABLED;
      case ENABLE -> AuditEventType.ACCOUNT_ENABLED;
    };
  }
}
