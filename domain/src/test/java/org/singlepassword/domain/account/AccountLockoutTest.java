package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.domain.account.ExampleAccounts.CHOSEN;
import static org.singlepassword.domain.account.ExampleAccounts.INITIAL;
import static org.singlepassword.domain.account.ExampleAccounts.WRONG;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.password.FakePasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Password guessing against {@link Account#signIn}: five wrong passwords lock the account. */
class AccountLockoutTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Lockout LOCKOUT = Lockout.defaults();
  private static final Instant LOCK_ENDS = NOW.plus(LOCKOUT.duration());

  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final Account account = ExampleAccounts.issued(hasher);

  private SignInAttempt guess(int times) {
    SignInAttempt last = null;
    for (int attempt = 0; attempt < times; attempt++) {
      last = account.signIn(WRONG, hasher, LOCKOUT, NOW);
    }
    return last;
  }

  @Nested
  class BelowTheThreshold {

    @Test
    void fourWrongPasswordsAreCountedButDoNotLock() {
      for (int attempt = 1; attempt <= 4; attempt++) {
        assertEquals(SignInAttempt.INCORRECT, account.signIn(WRONG, hasher, LOCKOUT, NOW));
        assertEquals(attempt, account.failedAttempts());
      }

      assertFalse(account.isLockedAt(NOW));
      assertEquals(Optional.empty(), account.lockedUntil());
    }

    @Test
    void theRightPasswordSignsInAndResetsTheCount() {
      guess(4);

      assertEquals(SignInAttempt.SIGNED_IN, account.signIn(INITIAL, hasher, LOCKOUT, NOW));

      assertEquals(0, account.failedAttempts());
      assertEquals(SignInAttempt.INCORRECT, guess(4), "a fresh count of four does not lock");
    }

    @Test
    void aWrongCurrentPasswordInAChangeCountsLikeAFailedSignIn() {
      guess(3);

      assertEquals(SignInAttempt.INCORRECT, account.recordFailedAttempt(LOCKOUT, NOW));
      assertEquals(SignInAttempt.LOCKED_NOW, account.recordFailedAttempt(LOCKOUT, NOW));
    }
  }

  @Nested
  class AtTheThreshold {

    @Test
    void theFifthWrongPasswordLocksUntilTheLockoutDurationHasPassed() {
      guess(4);

      assertEquals(SignInAttempt.LOCKED_NOW, account.signIn(WRONG, hasher, LOCKOUT, NOW));

      assertEquals(Optional.of(LOCK_ENDS), account.lockedUntil());
      assertTrue(account.isLockedAt(NOW));
      assertTrue(account.isLockedAt(LOCK_ENDS.minusNanos(1)));
      assertFalse(account.isLockedAt(LOCK_ENDS));
    }

    @Test
    void aThresholdOfOneLocksAtTheFirstWrongPassword() {
      Lockout strict = new Lockout(1, Duration.ofMinutes(1));

      assertEquals(SignInAttempt.LOCKED_NOW, account.signIn(WRONG, hasher, strict, NOW));
      assertEquals(Optional.of(NOW.plusSeconds(60)), account.lockedUntil());
    }
  }

  @Nested
  class WhileLocked {

    @Test
    void refusesTheRightPasswordWithoutConsultingTheHasher() {
      guess(5);
      int before = hasher.verifications();

      assertEquals(SignInAttempt.LOCKED, account.signIn(INITIAL, hasher, LOCKOUT, NOW));

      assertEquals(before, hasher.verifications());
      assertEquals(Optional.of(LOCK_ENDS), account.lockedUntil());
    }

    @Test
    void neitherCountsNorProlongsFurtherWrongPasswords() {
      guess(5);
      Instant later = NOW.plus(Duration.ofMinutes(10));

      assertEquals(SignInAttempt.LOCKED, account.signIn(WRONG, hasher, LOCKOUT, later));

      assertEquals(Optional.of(LOCK_ENDS), account.lockedUntil());
      assertEquals(0, account.failedAttempts());
    }

    @Test
    void refusesEvenADisabledAccountsRightPasswordAsLocked() {
      guess(5);
      account.disable();

      assertEquals(SignInAttempt.LOCKED, account.signIn(INITIAL, hasher, LOCKOUT, NOW));
    }
  }

  @Nested
  class AfterTheLockEnds {

    @Test
    void theRightPasswordSignsInAndClearsTheLock() {
      guess(5);

      assertEquals(SignInAttempt.SIGNED_IN, account.signIn(INITIAL, hasher, LOCKOUT, LOCK_ENDS));

      assertEquals(0, account.failedAttempts());
      assertEquals(Optional.empty(), account.lockedUntil());
    }

    @Test
    void aSingleWrongPasswordDoesNotLockAgain() {
      guess(5);

      assertEquals(SignInAttempt.INCORRECT, account.signIn(WRONG, hasher, LOCKOUT, LOCK_ENDS));

      assertFalse(account.isLockedAt(LOCK_ENDS));
      assertEquals(1, account.failedAttempts());
    }
  }

  @Nested
  class Lifting {

    @Test
    void anAdministratorsUnlockClearsTheLockAndTheCount() {
      guess(5);

      account.unlock();

      assertFalse(account.isLockedAt(NOW));
      assertEquals(Optional.empty(), account.lockedUntil());
      assertEquals(0, account.failedAttempts());
      assertEquals(SignInAttempt.SIGNED_IN, account.signIn(INITIAL, hasher, LOCKOUT, NOW));
    }

    @Test
    void unlockingAnUnlockedAccountClearsThePendingCount() {
      guess(3);

      account.unlock();

      assertEquals(0, account.failedAttempts());
    }

    @Test
    void aSuccessfulChangeClearsTheLockAndTheCount() {
      guess(5);

      account.changePassword(
          INITIAL, CHOSEN, PasswordPolicy.faq(), hasher, Channel.WEB_FORM, NOW.plusSeconds(1));

      assertFalse(account.isLockedAt(NOW));
      assertEquals(Optional.empty(), account.lockedUntil());
      assertEquals(0, account.failedAttempts());
    }
  }

  @Nested
  class Storing {

    @Test
    void aLockSurvivesARestore() {
      guess(5);

      Account restored = Account.restore(account.state());

      assertTrue(restored.isLockedAt(NOW));
      assertEquals(account.state(), restored.state());
    }

    @Test
    void aNewVersionChangesNothingButTheVersion() {
      guess(2);

      AccountState saved = account.state().withVersion(7);

      assertEquals(7, saved.version());
      assertEquals(2, saved.failedAttempts());
      assertEquals(account.state(), saved.withVersion(account.state().version()));
    }

    @Test
    void refusesANegativeCount() {
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
                  stored.status(),
                  stored.passwordChangedAt(),
                  stored.passwordChangedThrough(),
                  stored.enabled(),
                  -1,
                  stored.lockedUntil(),
                  stored.version()));
    }
  }
}
