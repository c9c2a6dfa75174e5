package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.domain.account.ExampleAccounts.CHOSEN;
import static org.singlepassword.domain.account.ExampleAccounts.ISSUED_AT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.password.FakePasswordHasher;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** Where an account stands at a moment: active, a change required, or disabled. */
class AccountStatusTest {

  private static final Instant CHANGED_AT = ISSUED_AT.plus(Duration.ofDays(2));
  private static final Duration MAX_AGE = Duration.ofDays(90);
  private static final Duration MIN_AGE = Duration.ofDays(1);
  private static final Instant EXPIRY = CHANGED_AT.plus(MAX_AGE);
  private static final Password NEXT = Password.of("Next4Password");

  private final PasswordAging aging =
      new PasswordAging(Optional.of(MAX_AGE), Duration.ofDays(7), Optional.of(MIN_AGE));
  private final FakePasswordHasher hasher = new FakePasswordHasher();

  private void change(Account account, Password current, Instant at) {
    account.changePassword(current, NEXT, PasswordPolicy.faq(), hasher, Channel.WEB_FORM, at);
  }

  @Nested
  class AsIssued {

    private final Account account = ExampleAccounts.issued(hasher);

    @Test
    void mustChangeTheInitialPassword() {
      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, account.statusAt(ISSUED_AT, aging));
    }

    @Test
    void stillMustChangeItLongAfterTheMaximumAge() {
      Instant muchLater = ISSUED_AT.plus(MAX_AGE).plus(MAX_AGE);

      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, account.statusAt(muchLater, aging));
    }

    @Test
    void isNotExpiredByAnAdministrator() {
      account.expirePassword();

      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, account.status());
    }

    @Test
    void becomesActiveWithTheFirstChange() {
      change(account, ExampleAccounts.INITIAL, CHANGED_AT);

      assertEquals(AccountStatus.ACTIVE, account.statusAt(CHANGED_AT, aging));
    }
  }

  @Nested
  class OnceActive {

    private final Account account = ExampleAccounts.active(hasher, CHANGED_AT);

    @Test
    void staysActiveUntilTheLastInstantBeforeTheMaximumAge() {
      assertEquals(AccountStatus.ACTIVE, account.statusAt(EXPIRY.minusNanos(1), aging));
    }

    @Test
    void expiresAtExactlyTheMaximumAge() {
      assertEquals(AccountStatus.PASSWORD_EXPIRED, account.statusAt(EXPIRY, aging));
      assertEquals(AccountStatus.ACTIVE, account.status(), "the clock is not stored");
    }

    @Test
    void neverExpiresWhenPasswordsDoNot() {
      assertEquals(
          AccountStatus.ACTIVE, account.statusAt(EXPIRY.plus(MAX_AGE), PasswordAging.never()));
    }

    @Test
    void isExpiredAtOnceByAnAdministrator() {
      account.expirePassword();

      assertEquals(AccountStatus.PASSWORD_EXPIRED, account.status());
      assertEquals(AccountStatus.PASSWORD_EXPIRED, account.statusAt(CHANGED_AT, aging));
    }

    @Test
    void becomesActiveAgainWithAChangeAfterAnAdministratorExpiredIt() {
      account.expirePassword();

      change(account, CHOSEN, CHANGED_AT.plusSeconds(60));

      assertEquals(AccountStatus.ACTIVE, account.statusAt(CHANGED_AT.plusSeconds(60), aging));
    }

    @Test
    void becomesActiveAgainWithAChangeAfterItExpiredByAge() {
      change(account, CHOSEN, EXPIRY);

      assertEquals(AccountStatus.ACTIVE, account.statusAt(EXPIRY, aging));
      assertEquals(EXPIRY, account.passwordChangedAt());
    }
  }

  @Nested
  class WhenDisabled {

    private final Account account = ExampleAccounts.active(hasher, CHANGED_AT);

    @Test
    void isDisabledWhateverElseHolds() {
      account.expirePassword();

      account.disable();

      assertFalse(account.enabled());
      assertEquals(AccountStatus.DISABLED, account.statusAt(CHANGED_AT, aging));
      assertEquals(AccountStatus.DISABLED, account.statusAt(EXPIRY, aging));
    }

    @Test
    void getsItsStatusBackWhenEnabledAgain() {
      account.disable();

      account.enable();

      assertTrue(account.enabled());
      assertEquals(AccountStatus.ACTIVE, account.statusAt(CHANGED_AT, aging));
      assertEquals(AccountStatus.PASSWORD_EXPIRED, account.statusAt(EXPIRY, aging));
    }

    @Test
    void cannotBeStoredAsAStatus() {
      AccountState stored = account.state();

      assertThrows(
          IllegalArgumentException.class,
          () ->
              new AccountState(
                  stored.id(),
                  stored.username(),
                  stored.displayName(),
                  stored.email(),
                  stored.credential(),
                  stored.earlierPasswords(),
                  AccountStatus.DISABLED,
                  stored.passwordChangedAt(),
                  stored.passwordChangedThrough(),
                  false,
                  stored.failedAttempts(),
                  stored.lockedUntil(),
                  stored.version()));
    }
  }

  @Nested
  class TheMinimumAge {

    @Test
    void refusesAnActiveAccountsChangeTooSoonWithTheMomentItIsAllowed() {
      Account account = ExampleAccounts.active(hasher, CHANGED_AT);

      PasswordRejectedException rejection =
          assertThrows(
              PasswordRejectedException.class,
              () -> account.requireMinimumAgeMet(aging, CHANGED_AT.plus(Duration.ofHours(23))));

      assertEquals(
          List.of(
              new Violation(
                  RuleId.MIN_AGE,
                  Map.of(
                      "minAge", "PT24H", "changeableFrom", CHANGED_AT.plus(MIN_AGE).toString()))),
          rejection.unmet());
    }

    @Test
    void allowsTheChangeOnceTheMinimumAgeHasPassed() {
      Account account = ExampleAccounts.active(hasher, CHANGED_AT);

      assertDoesNotThrow(() -> account.requireMinimumAgeMet(aging, CHANGED_AT.plus(MIN_AGE)));
    }

    @Test
    void neverHoldsUpARequiredChange() {
      Account issued = ExampleAccounts.issued(hasher);
      Account expired = ExampleAccounts.active(hasher, CHANGED_AT);
      expired.expirePassword();

      assertDoesNotThrow(() -> issued.requireMinimumAgeMet(aging, ISSUED_AT));
      assertDoesNotThrow(() -> expired.requireMinimumAgeMet(aging, CHANGED_AT));
    }

    @Test
    void allowsAnyChangeWithoutAMinimumAge() {
      Account account = ExampleAccounts.active(hasher, CHANGED_AT);

      assertDoesNotThrow(() -> account.requireMinimumAgeMet(PasswordAging.defaults(), CHANGED_AT));
    }
  }

  @Test
  void saysWhichStatusesRequireAPasswordChange() {
    assertTrue(AccountStatus.MUST_CHANGE_PASSWORD.requiresPasswordChange());
    assertTrue(AccountStatus.PASSWORD_EXPIRED.requiresPasswordChange());
    assertFalse(AccountStatus.ACTIVE.requiresPasswordChange());
    assertFalse(AccountStatus.DISABLED.requiresPasswordChange());
  }
}
