package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.port.in.accounts.AccountDetails;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;

/** IT looks an account up and sees where it stands now. */
class ShowAccountServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Instant EXPIRY = ISSUED_AT.plus(Duration.ofDays(180));
  private static final Password WRONG = Password.of("Wrong1Guess");

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final FakeClock clock = new FakeClock(NOW);
  private final ShowAccountService service = service(PasswordAging.defaults());

  private ShowAccountService service(PasswordAging aging) {
    return new ShowAccountService(new DirectTransactions(), accounts, aging, clock);
  }

  private void changeStored(Consumer<Account> change) {
    Account account = stored(accounts);
    change.accept(account);
    accounts.update(account);
  }

  @BeforeEach
  void storeChansAccount() {
    ExampleAccounts.store(accounts, hasher);
  }

  @Test
  void showsAFreshlyIssuedAccount() {
    assertEquals(
        new AccountDetails(
            CHAN,
            new EmailAddress("chan.tm@example.edu"),
            new DisplayName("Chan Tai Man"),
            AccountStatus.MUST_CHANGE_PASSWORD,
            ISSUED_AT,
            Optional.of(EXPIRY),
            Optional.empty(),
            0),
        service.showAccount(CHAN));
  }

  @Test
  void refusesAnUnknownUsername() {
    assertThrows(AccountNotFoundException.class, () -> service.showAccount(new Username("nobody")));
  }

  @Nested
  class TheStatus {

    @BeforeEach
    void chanChoosesAPasswordOnTheDayOfIssue() {
      changeStored(
          account ->
              account.changePassword(
                  INITIAL,
                  Password.of("Chosen2Pass"),
                  PasswordPolicy.faq(),
                  hasher,
                  Channel.WEB_FORM,
                  ISSUED_AT));
    }

    @Test
    void isActiveBeforeTheMaximumAge() {
      assertEquals(AccountStatus.ACTIVE, service.showAccount(CHAN).status());
    }

    @Test
    void isExpiredOnceTheMaximumAgeHasPassed() {
      clock.set(EXPIRY);

      assertEquals(AccountStatus.PASSWORD_EXPIRED, service.showAccount(CHAN).status());
    }

    @Test
    void isDisabledOnceItSupportDisabledIt() {
      changeStored(Account::disable);

      assertEquals(AccountStatus.DISABLED, service.showAccount(CHAN).status());
    }

    @Test
    void hasNoExpiryWhenPasswordsNeverExpire() {
      clock.set(EXPIRY);

      AccountDetails details = service(PasswordAging.never()).showAccount(CHAN);

      assertEquals(AccountStatus.ACTIVE, details.status());
      assertEquals(Optional.empty(), details.passwordExpiresAt());
    }
  }

  @Nested
  class Guessing {

    private void guess(int times) {
      changeStored(
          account -> {
            for (int attempt = 0; attempt < times; attempt++) {
              account.signIn(WRONG, hasher, Lockout.defaults(), NOW);
            }
          });
    }

    @Test
    void showsTheWrongPasswordsSoFar() {
      guess(2);

      AccountDetails details = service.showAccount(CHAN);

      assertEquals(2, details.failedAttempts());
      assertEquals(Optional.empty(), details.lockedUntil());
    }

    @Test
    void showsALockUntilItEnds() {
      guess(5);
      Instant lockEnds = NOW.plus(Lockout.defaults().duration());

      assertEquals(Optional.of(lockEnds), service.showAccount(CHAN).lockedUntil());
      clock.set(lockEnds);
      assertEquals(Optional.empty(), service.showAccount(CHAN).lockedUntil());
    }
  }
}
