package org.singlepassword.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.password.FakePasswordHasher;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.ForbiddenCharacters;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/**
 * "Must NOT be repeated for at least 3 cycles of change", walked through {@link
 * Account#changePassword} at several history depths.
 */
class AccountPasswordHistoryTest {

  private static final Instant NOW = Instant.parse("2025-09-01T08:00:00Z");
  private static final Password A = Password.of("Alpha1Password");
  private static final Password B = Password.of("Bravo2Password");
  private static final Password C = Password.of("Charlie3Password");
  private static final Password D = Password.of("Delta4Password");
  private static final Password E = Password.of("Echo5Password");

  private final FakePasswordHasher hasher = new FakePasswordHasher();

  /** A history walker: the account, its policy, and the password it has now. */
  private final class Walk {
    private final PasswordPolicy policy;
    private final Account account;
    private Password current;

    Walk(int depth, Password initial) {
      policy = PasswordPolicy.faq(10, 128, ForbiddenCharacters.FAQ, depth);
      account =
          Account.issue(
              AccountId.random(),
              new Username("chan.tm"),
              new DisplayName("Chan Tai Man"),
              new EmailAddress("chan.tm@example.edu"),
              initial,
              policy,
              hasher,
              Channel.ADMINISTRATOR,
              NOW);
      current = initial;
    }

    Walk to(Password... replacements) {
      for (Password replacement : replacements) {
        account.changePassword(current, replacement, policy, hasher, Channel.WEB_FORM, NOW);
        current = replacement;
      }
      return this;
    }

    void refuses(Password replacement) {
      AccountState before = account.state();
      PasswordRejectedException rejection =
          assertThrows(PasswordRejectedException.class, () -> to(replacement));
      assertEquals(
          List.of(new Violation(RuleId.HISTORY, Map.of("depth", policy.historyDepth()))),
          rejection.unmet());
      assertEquals(before, account.state());
    }

    void accepts(Password replacement) {
      assertDoesNotThrow(() -> to(replacement));
    }

    int earlierPasswordsKept() {
      return account.state().earlierPasswords().newestFirst().size();
    }
  }

  @Nested
  class AtTheFaqsDepthOfThree {

    @Test
    void refusesTheCurrentPassword() {
      new Walk(3, A).refuses(A);
    }

    @Test
    void refusesThePasswordBeforeTheCurrentOne() {
      new Walk(3, A).to(B).refuses(A);
    }

    @Test
    void refusesThePasswordTwoBeforeTheCurrentOne() {
      new Walk(3, A).to(B, C).refuses(A);
    }

    @Test
    void acceptsAPasswordBackAtTheFourthChangeAfterItWasLeft() {
      new Walk(3, A).to(B, C, D).accepts(A);
    }

    @Test
    void refusesTheCurrentPasswordTypedWithDecomposedAccents() {
      Password composed = Password.of("Caf\u00e9Latte1");
      new Walk(3, composed).refuses(Password.of("Cafe\u0301Latte1"));
    }

    @Test
    void refusesAnEarlierPasswordTypedWithDecomposedAccents() {
      new Walk(3, Password.of("Caf\u00e9Latte1")).to(B).refuses(Password.of("Cafe\u0301Latte1"));
    }

    @Test
    void keepsOnlyTheTwoPasswordsBeforeTheCurrentOne() {
      Walk walk = new Walk(3, A).to(B, C, D, E, A, B);
      assertEquals(2, walk.earlierPasswordsKept());
      walk.refuses(E);
      walk.accepts(D);
    }
  }

  @Nested
  class AtDepthOne {

    @Test
    void refusesOnlyTheCurrentPassword() {
      Walk walk = new Walk(1, A).to(B);
      walk.refuses(B);
      walk.accepts(A);
    }

    @Test
    void remembersNoEarlierPassword() {
      assertEquals(0, new Walk(1, A).to(B, C).earlierPasswordsKept());
    }
  }

  @Nested
  class AtDepthTwo {

    @Test
    void refusesThePasswordBeforeTheCurrentOne() {
      new Walk(2, A).to(B).refuses(A);
    }

    @Test
    void acceptsAPasswordBackAtTheThirdChange() {
      new Walk(2, A).to(B, C).accepts(A);
    }
  }

  @Nested
  class AtDepthFour {

    @Test
    void refusesThePasswordThreeBeforeTheCurrentOne() {
      new Walk(4, A).to(B, C, D).refuses(A);
    }

    @Test
    void acceptsAPasswordBackAtTheFifthChange() {
      new Walk(4, A).to(B, C, D, E).accepts(A);
    }
  }

  @Nested
  class WithTheHistoryTurnedOff {

    @Test
    void acceptsTheCurrentPasswordAgain() {
      new Walk(0, A).accepts(A);
    }

    @Test
    void remembersNothingAndVerifiesOnlyTheCurrentPassword() {
      Walk walk = new Walk(0, A).to(B, C);
      int before = hasher.verifications();

      walk.to(D);

      assertEquals(0, walk.earlierPasswordsKept());
      assertEquals(1, hasher.verifications() - before);
    }
  }

  @ParameterizedTest(name = "depth {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void keepsTheHistoryBoundedToTheDepth(int depth) {
    Walk walk = new Walk(depth, A).to(B, C, D, E, Password.of("Foxtrot6Pass"));
    assertEquals(depth - 1, walk.earlierPasswordsKept());
  }

  @ParameterizedTest(name = "depth {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void letsAPasswordComeBackExactlyAfterDepthChanges(int depth) {
    List<Password> others = List.of(B, C, D, E);
    Walk tooSoon = new Walk(depth, A).to(others.subList(0, depth - 1).toArray(Password[]::new));
    tooSoon.refuses(A);
    Walk longEnough = new Walk(depth, A).to(others.subList(0, depth).toArray(Password[]::new));
    longEnough.accepts(A);
  }
}
