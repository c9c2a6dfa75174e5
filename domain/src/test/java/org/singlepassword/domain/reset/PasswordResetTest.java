package org.singlepassword.domain.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.FakePasswordHasher;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/** A "Forgot your password?" link in flight: for whom, until when, and what voids it. */
class PasswordResetTest {

  private static final Instant ISSUED_AT = Instant.parse("2025-09-01T08:00:00Z");
  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final Instant VALID_UNTIL = NOW.plus(LIFETIME);
  private static final Password INITIAL = Password.of("Initial1Pass");
  private static final Password CHOSEN = Password.of("Chosen2Password");
  private static final TokenHash ID = SecretToken.of("a-token-from-a-link").hash();

  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final Account chan = account("chan.tm", "chan.tm@example.edu");
  private final PasswordReset reset = PasswordReset.issue(ID, chan, LIFETIME, NOW);

  private Account account(String username, String email) {
    return Account.issue(
        AccountId.random(),
        new Username(username),
        new DisplayName("Chan Tai Man"),
        new EmailAddress(email),
        INITIAL,
        PasswordPolicy.faq(),
        hasher,
        Channel.ADMINISTRATOR,
        ISSUED_AT);
  }

  @Nested
  class WhenIssued {

    @Test
    void isForTheAccountFromNowForTheLifetime() {
      assertEquals(ID, reset.id());
      assertEquals(chan.id(), reset.accountId());
      assertEquals(NOW, reset.issuedAt());
      assertEquals(VALID_UNTIL, reset.validUntil());
    }

    @Test
    void isBoundToTheMomentThePasswordWasLastSet() {
      assertEquals(ISSUED_AT, reset.forPasswordSetAt());
    }

    @Test
    void refusesALifetimeOfNothing() {
      assertThrows(
          IllegalArgumentException.class, () -> PasswordReset.issue(ID, chan, Duration.ZERO, NOW));
    }

    @Test
    void refusesANegativeLifetime() {
      assertThrows(
          IllegalArgumentException.class,
          () -> PasswordReset.issue(ID, chan, Duration.ofMinutes(-1), NOW));
    }
  }

  @Nested
  class AsTimePasses {

    @Test
    void isUsableFromTheMomentItWasIssued() {
      assertTrue(reset.isUsableFor(chan, NOW));
    }

    @Test
    void isUsableUntilJustBeforeItsEnd() {
      assertTrue(reset.isUsableFor(chan, VALID_UNTIL.minusNanos(1)));
    }

    @Test
    void isRefusedAtExactlyItsEnd() {
      assertFalse(reset.isUsableFor(chan, VALID_UNTIL));
    }

    @Test
    void isRefusedAfterItsEnd() {
      assertFalse(reset.isUsableFor(chan, VALID_UNTIL.plusSeconds(1)));
      assertFalse(reset.isUsableFor(chan, VALID_UNTIL.plus(Duration.ofDays(365))));
    }
  }

  @Nested
  class ForAnotherAccount {

    @Test
    void isUselessForAnyoneElse() {
      Account lee = account("lee.km", "lee.km@example.edu");

      assertFalse(reset.isUsableFor(lee, NOW));
    }

    @Test
    void isUselessForAnotherAccountWhosePasswordWasSetAtTheSameMoment() {
      Account sameMoment = account("lee.km", "chan.tm@example.edu");

      assertEquals(chan.passwordChangedAt(), sameMoment.passwordChangedAt());
      assertFalse(reset.isUsableFor(sameMoment, NOW));
    }
  }

  @Nested
  class WhenThePasswordChangedAnotherWay {

    @Test
    void isVoidAfterAChangeThroughTheAccountPasswordForm() {
      chan.changePassword(
          INITIAL, CHOSEN, PasswordPolicy.faq(), hasher, Channel.WEB_FORM, NOW.plusSeconds(60));

      assertFalse(reset.isUsableFor(chan, NOW.plusSeconds(61)));
    }

    @Test
    void isVoidAfterAnotherResetOfThePassword() {
      chan.resetPassword(CHOSEN, PasswordPolicy.faq(), hasher, NOW.plusSeconds(60));

      assertFalse(reset.isUsableFor(chan, NOW.plusSeconds(61)));
    }

    @Test
    void staysUsableWhenOnlySomethingElseAboutTheAccountChanged() {
      chan.recordFailedAttempt(Lockout.defaults(), NOW);
      chan.unlock();
      chan.expirePassword();

      assertTrue(reset.isUsableFor(chan, NOW.plusSeconds(1)));
    }
  }

  @Nested
  class WhenRestored {

    @Test
    void refusesAnEndAtTheMomentOfIssue() {
      assertThrows(
          IllegalArgumentException.class,
          () -> new PasswordReset(ID, chan.id(), NOW, NOW, ISSUED_AT));
    }

    @Test
    void refusesAnEndBeforeTheMomentOfIssue() {
      assertThrows(
          IllegalArgumentException.class,
          () -> new PasswordReset(ID, chan.id(), NOW, NOW.minusNanos(1), ISSUED_AT));
    }

    @Test
    void acceptsTheShortestPossibleLifetime() {
      PasswordReset shortest = new PasswordReset(ID, chan.id(), NOW, NOW.plusNanos(1), ISSUED_AT);

      assertTrue(shortest.isUsableFor(chan, NOW));
      assertFalse(shortest.isUsableFor(chan, NOW.plusNanos(1)));
    }

    @Test
    void requiresEveryPart() {
      AccountId id = chan.id();
      assertThrows(
          NullPointerException.class,
          () -> new PasswordReset(null, id, NOW, VALID_UNTIL, ISSUED_AT));
      assertThrows(
          NullPointerException.class,
          () -> new PasswordReset(ID, null, NOW, VALID_UNTIL, ISSUED_AT));
      assertThrows(
          NullPointerException.class,
          () -> new PasswordReset(ID, id, null, VALID_UNTIL, ISSUED_AT));
      assertThrows(
          NullPointerException.class, () -> new PasswordReset(ID, id, NOW, null, ISSUED_AT));
      assertThrows(
          NullPointerException.class, () -> new PasswordReset(ID, id, NOW, VALID_UNTIL, null));
    }

    @Test
    void isEqualToTheResetItWasStoredFrom() {
      assertEquals(
          reset,
          new PasswordReset(
              reset.id(),
              reset.accountId(),
              reset.issuedAt(),
              reset.validUntil(),
              reset.forPasswordSetAt()));
    }
  }
}
