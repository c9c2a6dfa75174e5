package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.domain.account.ExampleAccounts.CHOSEN;
import static org.singlepassword.domain.account.ExampleAccounts.INITIAL;
import static org.singlepassword.domain.account.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.domain.account.ExampleAccounts.WRONG;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.password.FakePasswordHasher;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.ForbiddenCharacters;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/**
 * "Forgot your password?" through {@link Account#resetPassword}: a new password without the current
 * one, under the full policy and history, which also ends a lock and a required change.
 */
class AccountResetTest {

  private static final Instant CHANGED_AT = Instant.parse("2025-09-02T09:00:00Z");
  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Password NEW = Password.of("Replacement2Pass");
  private static final Password THIRD = Password.of("Third3Password");
  private static final PasswordPolicy POLICY = PasswordPolicy.faq();
  private static final Violation HISTORY = new Violation(RuleId.HISTORY, Map.of("depth", 3));

  private final FakePasswordHasher hasher = new FakePasswordHasher();

  /** Asserts that the reset is refused and leaves the account exactly as it was. */
  private PasswordRejectedException refused(Account account, Password replacement) {
    AccountState before = account.state();
    PasswordRejectedException rejection =
        assertThrows(
            PasswordRejectedException.class,
            () -> account.resetPassword(replacement, POLICY, hasher, NOW));
    assertEquals(before, account.state(), "a refused reset changes nothing");
    return rejection;
  }

  @Nested
  class WithAnAcceptableNewPassword {

    private final Account account = ExampleAccounts.active(hasher, CHANGED_AT);

    @Test
    void replacesThePasswordWithoutTheCurrentOne() {
      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertEquals(Verification.CORRECT, account.verifyPassword(NEW, hasher));
      assertEquals(Verification.INCORRECT, account.verifyPassword(CHOSEN, hasher));
    }

    @Test
    void recordsWhenAndThatItWasSetThroughAResetLink() {
      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertEquals(NOW, account.passwordChangedAt());
      assertEquals(Channel.PASSWORD_RESET, account.passwordChangedThrough());
    }

    @Test
    void remembersTheReplacedPasswordInTheHistory() {
      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertEquals(
          HISTORY, refused(account, CHOSEN).unmet().get(0), "the password just left comes back");
    }

    @Test
    void requiresTheMoment() {
      assertThrows(
          NullPointerException.class, () -> account.resetPassword(NEW, POLICY, hasher, null));
    }
  }

  @Nested
  class WhenTheNewPasswordBreaksTheRules {

    private final Account account = ExampleAccounts.active(hasher, CHANGED_AT);

    @Test
    void namesEveryUnmetRuleAtOnce() {
      assertEquals(
          List.of(RuleId.MIN_LENGTH, RuleId.FORBIDDEN_CHARACTER, RuleId.UPPERCASE, RuleId.DIGIT),
          refused(account, Password.of("new pass")).unmet().stream().map(Violation::rule).toList());
    }

    @Test
    void refusesAPasswordTooLong() {
      assertEquals(
          List.of(RuleId.MAX_LENGTH),
          refused(account, Password.of("Aa1" + "x".repeat(PasswordPolicy.MAX_LENGTH)))
              .unmet()
              .stream()
              .map(Violation::rule)
              .toList());
    }

    @Test
    void judgesTheHistoryOnlyForAPasswordThatMeetsTheRules() {
      int before = hasher.verifications();

      refused(account, Password.of("short"));

      assertEquals(before, hasher.verifications(), "no hash comparison for a failing candidate");
    }
  }

  @Nested
  class WhenTheNewPasswordIsInTheHistory {

    private final Account account = ExampleAccounts.active(hasher, CHANGED_AT);

    @Test
    void refusesTheCurrentPasswordKnownOnlyByItsHash() {
      assertEquals(List.of(HISTORY), refused(account, CHOSEN).unmet());
    }

    @Test
    void refusesTheCurrentPasswordTypedWithDecomposedAccents() {
      Password composed = Password.of("Caf\u00e9Latte1");
      account.resetPassword(composed, POLICY, hasher, NOW);

      assertEquals(List.of(HISTORY), refused(account, Password.of("Cafe\u0301Latte1")).unmet());
    }

    @Test
    void refusesThePasswordBeforeTheCurrentOne() {
      assertEquals(List.of(HISTORY), refused(account, INITIAL).unmet());
    }

    @Test
    void refusesThePasswordTwoBeforeTheCurrentOne() {
      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertEquals(List.of(HISTORY), refused(account, INITIAL).unmet());
    }

    @Test
    void acceptsAPasswordBackAtTheFourthChangeAfterItWasLeft() {
      account.resetPassword(NEW, POLICY, hasher, NOW);
      account.resetPassword(THIRD, POLICY, hasher, NOW);

      account.resetPassword(INITIAL, POLICY, hasher, NOW);

      assertEquals(Verification.CORRECT, account.verifyPassword(INITIAL, hasher));
    }

    @Test
    void acceptsTheCurrentPasswordWhenTheHistoryIsTurnedOff() {
      PasswordPolicy noHistory = PasswordPolicy.faq(10, 128, ForbiddenCharacters.FAQ, 0);

      account.resetPassword(CHOSEN, noHistory, hasher, NOW);

      assertEquals(NOW, account.passwordChangedAt());
    }

    @Test
    void sharesTheHistoryWithChangesThroughTheForm() {
      account.resetPassword(NEW, POLICY, hasher, NOW);
      account.changePassword(NEW, THIRD, POLICY, hasher, Channel.WEB_FORM, NOW);

      assertEquals(List.of(HISTORY), refused(account, CHOSEN).unmet());
    }
  }

  @Nested
  class WhenTheAccountIsLocked {

    private final Account account = ExampleAccounts.active(hasher, CHANGED_AT);

    private void lock() {
      for (int attempt = 0; attempt < Lockout.defaults().threshold(); attempt++) {
        account.signIn(WRONG, hasher, Lockout.defaults(), NOW);
      }
      assertTrue(account.isLockedAt(NOW));
    }

    @Test
    void liftsTheLock() {
      lock();

      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertFalse(account.isLockedAt(NOW));
      assertEquals(Optional.empty(), account.lockedUntil());
      assertEquals(SignInAttempt.SIGNED_IN, account.signIn(NEW, hasher, Lockout.defaults(), NOW));
    }

    @Test
    void forgetsTheWrongGuessesCountedSoFar() {
      account.signIn(WRONG, hasher, Lockout.defaults(), NOW);
      account.signIn(WRONG, hasher, Lockout.defaults(), NOW);

      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertEquals(0, account.failedAttempts());
    }

    @Test
    void keepsTheLockWhenTheResetIsRefused() {
      lock();

      refused(account, CHOSEN);

      assertTrue(account.isLockedAt(NOW));
    }
  }

  @Nested
  class WhenAChangeIsRequired {

    @Test
    void satisfiesTheChangeOfAnIssuedInitialPassword() {
      Account account = ExampleAccounts.issued(hasher);
      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, account.status());

      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertEquals(AccountStatus.ACTIVE, account.status());
    }

    @Test
    void satisfiesAnExpiryByAnAdministrator() {
      Account account = ExampleAccounts.active(hasher, CHANGED_AT);
      account.expirePassword();

      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertEquals(AccountStatus.ACTIVE, account.status());
    }

    @Test
    void satisfiesAnExpiryByAge() {
      PasswordAging aging = PasswordAging.defaults();
      Instant longAfter = CHANGED_AT.plus(aging.maxAge().orElseThrow()).plus(Duration.ofDays(1));
      Account account = ExampleAccounts.active(hasher, CHANGED_AT);
      assertEquals(AccountStatus.PASSWORD_EXPIRED, account.statusAt(longAfter, aging));

      account.resetPassword(NEW, POLICY, hasher, longAfter);

      assertEquals(AccountStatus.ACTIVE, account.statusAt(longAfter, aging));
    }

    @Test
    void keepsTheRequiredChangeWhenTheResetIsRefused() {
      Account account = ExampleAccounts.issued(hasher);

      refused(account, INITIAL);

      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, account.status());
      assertEquals(ISSUED_AT, account.passwordChangedAt());
    }
  }

  @Nested
  class WhenTheAccountIsDisabled {

    @Test
    void leavesItDisabled() {
      Account account = ExampleAccounts.active(hasher, CHANGED_AT);
      account.disable();

      account.resetPassword(NEW, POLICY, hasher, NOW);

      assertFalse(account.enabled());
      assertEquals(AccountStatus.DISABLED, account.statusAt(NOW, PasswordAging.defaults()));
    }
  }
}
