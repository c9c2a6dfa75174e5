package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.password.FakePasswordHasher;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHistory;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** The account aggregate: issuing, changing and verifying the single password. */
class AccountTest {

  private static final Instant ISSUED_AT = Instant.parse("2025-09-01T08:00:00Z");
  private static final Instant LATER = ISSUED_AT.plus(Duration.ofDays(2));
  private static final Password INITIAL = Password.of("Initial1Pass");
  private static final Password REPLACEMENT = Password.of("Replacement2Pass");
  private static final Channel SOUL = Channel.eService(new EServiceId("soul"));

  private final PasswordPolicy policy = PasswordPolicy.faq();
  private final FakePasswordHasher hasher = new FakePasswordHasher();

  private Account issue(Password initial) {
    return Account.issue(
        AccountId.random(),
        new Username("chan.tm"),
        new DisplayName("Chan Tai Man"),
        new EmailAddress("chan.tm@example.edu"),
        initial,
        policy,
        hasher,
        Channel.ADMINISTRATOR,
        ISSUED_AT);
  }

  @Nested
  class Issuing {

    @Test
    void makesAnAccountThatMustChangeItsPassword() {
      Account account = issue(INITIAL);

      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, account.status());
      assertEquals(ISSUED_AT, account.passwordChangedAt());
      assertEquals(Channel.ADMINISTRATOR, account.passwordChangedThrough());
      assertEquals(0, account.state().version());
      assertEquals(PasswordHistory.empty(), account.state().earlierPasswords());
      assertEquals(Verification.CORRECT, account.verifyPassword(INITIAL, hasher));
    }

    @Test
    void refusesANonCompliantInitialPasswordWithEveryViolation() {
      PasswordRejectedException rejection =
          assertThrows(PasswordRejectedException.class, () -> issue(Password.of("abc")));

      assertEquals(
          List.of(RuleId.MIN_LENGTH, RuleId.UPPERCASE, RuleId.DIGIT), rules(rejection.unmet()));
      assertEquals(0, hasher.hashes());
    }
  }

  @Nested
  class ChangingThePassword {

    private final Account account = issue(INITIAL);

    @Test
    void makesTheAccountActiveAndRemembersWhenAndThroughWhat() {
      account.changePassword(INITIAL, REPLACEMENT, policy, hasher, SOUL, LATER);

      assertEquals(AccountStatus.ACTIVE, account.status());
      assertEquals(LATER, account.passwordChangedAt());
      assertEquals(SOUL, account.passwordChangedThrough());
      assertEquals(Verification.CORRECT, account.verifyPassword(REPLACEMENT, hasher));
      assertEquals(Verification.INCORRECT, account.verifyPassword(INITIAL, hasher));
      assertEquals(1, account.state().earlierPasswords().newestFirst().size());
    }

    @Test
    void refusesAWrongCurrentPasswordAndChangesNothing() {
      AccountState before = account.state();

      assertThrows(
          IncorrectPasswordException.class,
          () ->
              account.changePassword(
                  Password.of("Wrong1Guess"), REPLACEMENT, policy, hasher, SOUL, LATER));
      assertEquals(before, account.state());
    }

    @Test
    void judgesTheCurrentPasswordBeforeTheNewOne() {
      assertThrows(
          IncorrectPasswordException.class,
          () ->
              account.changePassword(
                  Password.of("Wrong1Guess"), Password.of("x"), policy, hasher, SOUL, LATER));
    }

    @Test
    void refusesABrokenRuleWithEveryViolationAndChangesNothing() {
      AccountState before = account.state();

      PasswordRejectedException rejection =
          assertThrows(
              PasswordRejectedException.class,
              () ->
                  account.changePassword(
                      INITIAL, Password.of("new pass"), policy, hasher, SOUL, LATER));

      assertEquals(
          List.of(RuleId.MIN_LENGTH, RuleId.FORBIDDEN_CHARACTER, RuleId.UPPERCASE, RuleId.DIGIT),
          rules(rejection.unmet()));
      assertEquals(before, account.state());
    }

    @Test
    void refusesARepeatedPasswordAndChangesNothing() {
      AccountState before = account.state();

      PasswordRejectedException rejection =
          assertThrows(
              PasswordRejectedException.class,
              () -> account.changePassword(INITIAL, INITIAL, policy, hasher, SOUL, LATER));

      assertEquals(List.of(RuleId.HISTORY), rules(rejection.unmet()));
      assertEquals(before, account.state());
    }

    @Test
    void checksTheCheapRulesBeforeTheHistory() {
      account.changePassword(INITIAL, REPLACEMENT, policy, hasher, SOUL, LATER);
      int before = hasher.verifications();

      assertThrows(
          PasswordRejectedException.class,
          () ->
              account.changePassword(
                  REPLACEMENT, Password.of("Short1"), policy, hasher, SOUL, LATER));

      assertEquals(1, hasher.verifications() - before, "only the current password is verified");
    }

    @Test
    void consultsEachEarlierPasswordForACompliantCandidate() {
      account.changePassword(INITIAL, REPLACEMENT, policy, hasher, SOUL, LATER);
      int before = hasher.verifications();

      account.changePassword(REPLACEMENT, Password.of("Third3Pass"), policy, hasher, SOUL, LATER);

      assertEquals(2, hasher.verifications() - before, "the current one, then one earlier one");
    }

    @Test
    void refusesAMissingChannelAndChangesNothing() {
      AccountState before = account.state();

      assertThrows(
          NullPointerException.class,
          () -> account.changePassword(INITIAL, REPLACEMENT, policy, hasher, null, LATER));
      assertEquals(before, account.state());
    }

    @Test
    void refusesAMissingTimeAndChangesNothing() {
      AccountState before = account.state();

      assertThrows(
          NullPointerException.class,
          () -> account.changePassword(INITIAL, REPLACEMENT, policy, hasher, SOUL, null));
      assertEquals(before, account.state());
    }
  }

  @Nested
  class VerifyingThePasswordAtSignIn {

    private final Account account = issue(INITIAL);

    @Test
    void answersCorrectForItsPasswordAndKeepsAnUpToDateHash() {
      AccountState before = account.state();

      assertEquals(Verification.CORRECT, account.verifyPassword(INITIAL, hasher));
      assertEquals(before, account.state());
    }

    @Test
    void answersIncorrectForAnotherPassword() {
      assertEquals(
          Verification.INCORRECT, account.verifyPassword(Password.of("initial1pass"), hasher));
    }

    @Test
    void renewsAnOutdatedHashOfTheRightPassword() {
      AccountState before = account.state();
      hasher.upgradeParameters();

      assertEquals(Verification.CORRECT_AND_REHASHED, account.verifyPassword(INITIAL, hasher));

      assertNotEquals(before.credential(), account.state().credential());
      assertFalse(hasher.needsRehash(account.state().credential()));
      assertTrue(hasher.verify(INITIAL, account.state().credential()));
      assertEquals(Verification.CORRECT, account.verifyPassword(INITIAL, hasher));
    }

    @Test
    void neverRenewsTheHashForAWrongPassword() {
      AccountState before = account.state();
      hasher.upgradeParameters();

      assertEquals(Verification.INCORRECT, account.verifyPassword(REPLACEMENT, hasher));
      assertEquals(before, account.state());
    }
  }

  @Nested
  class Restoring {

    @Test
    void givesBackTheStateItWasRestoredFrom() {
      AccountState stored = issue(INITIAL).state();

      assertEquals(stored, Account.restore(stored).state());
    }

    @Test
    void refusesAStateWithoutACredential() {
      AccountState stored = issue(INITIAL).state();

      assertThrows(
          NullPointerException.class,
          () ->
              new AccountState(
                  stored.id(),
                  stored.username(),
                  stored.displayName(),
                  stored.email(),
                  null,
                  stored.earlierPasswords(),
                  stored.status(),
                  stored.passwordChangedAt(),
                  stored.passwordChangedThrough(),
                  stored.enabled(),
                  stored.failedAttempts(),
                  stored.lockedUntil(),
                  stored.version()));
    }
  }

  private static List<RuleId> rules(List<Violation> unmet) {
    return unmet.stream().map(Violation::rule).toList();
  }
}
