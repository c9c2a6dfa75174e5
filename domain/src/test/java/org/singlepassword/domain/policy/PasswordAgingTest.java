package org.singlepassword.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Forced to change their password regularly": expiry, the warning before it, and a minimum age.
 */
class PasswordAgingTest {

  private static final Instant CHANGED_AT = Instant.parse("2025-09-01T08:00:00Z");
  private static final Duration MAX_AGE = Duration.ofDays(90);
  private static final Duration WINDOW = Duration.ofDays(7);
  private static final Instant EXPIRY = CHANGED_AT.plus(MAX_AGE);

  private static PasswordAging aging(Duration maxAge, Duration window, Duration minAge) {
    return new PasswordAging(Optional.of(maxAge), window, Optional.ofNullable(minAge));
  }

  @Nested
  class WithAMaximumAge {

    private final PasswordAging aging = aging(MAX_AGE, WINDOW, null);

    @Test
    void expiresExactlyTheMaximumAgeAfterTheChange() {
      assertEquals(Optional.of(EXPIRY), aging.expiresAt(CHANGED_AT));
      assertFalse(aging.hasExpired(CHANGED_AT, EXPIRY.minusNanos(1)));
      assertTrue(aging.hasExpired(CHANGED_AT, EXPIRY));
      assertTrue(aging.hasExpired(CHANGED_AT, EXPIRY.plus(Duration.ofDays(365))));
    }

    @Test
    void warnsFromTheFirstInstantOfTheWindow() {
      assertFalse(aging.isInWarningWindow(CHANGED_AT, EXPIRY.minus(WINDOW).minusNanos(1)));
      assertTrue(aging.isInWarningWindow(CHANGED_AT, EXPIRY.minus(WINDOW)));
    }

    @Test
    void warnsUntilTheLastInstantBeforeExpiry() {
      assertTrue(aging.isInWarningWindow(CHANGED_AT, EXPIRY.minusNanos(1)));
      assertFalse(aging.isInWarningWindow(CHANGED_AT, EXPIRY), "expired, no longer a warning");
    }

    @Test
    void neverWarnsRightAfterAChange() {
      assertFalse(aging.isInWarningWindow(CHANGED_AT, CHANGED_AT));
    }

    @Test
    void neverWarnsWithAnEmptyWindow() {
      PasswordAging silent = aging(MAX_AGE, Duration.ZERO, null);

      assertFalse(silent.isInWarningWindow(CHANGED_AT, EXPIRY.minusNanos(1)));
      assertTrue(silent.hasExpired(CHANGED_AT, EXPIRY));
    }
  }

  @Nested
  class WhenPasswordsNeverExpire {

    private final PasswordAging never = PasswordAging.never();

    @Test
    void hasNoExpiryAndNeverExpires() {
      Instant muchLater = CHANGED_AT.plus(Duration.ofDays(100 * 365));

      assertEquals(Optional.empty(), never.expiresAt(CHANGED_AT));
      assertFalse(never.hasExpired(CHANGED_AT, muchLater));
      assertFalse(never.isInWarningWindow(CHANGED_AT, muchLater));
    }

    @Test
    void neverWarnsWhateverTheWindow() {
      PasswordAging withWindow = new PasswordAging(Optional.empty(), WINDOW, Optional.empty());

      assertFalse(withWindow.isInWarningWindow(CHANGED_AT, CHANGED_AT.plus(MAX_AGE)));
    }
  }

  @Nested
  class WithAMinimumAge {

    @Test
    void allowsTheNextChangeOnceTheMinimumAgeHasPassed() {
      PasswordAging aging = aging(MAX_AGE, WINDOW, Duration.ofDays(1));

      assertEquals(
          Optional.of(CHANGED_AT.plus(Duration.ofDays(1))), aging.changeableFrom(CHANGED_AT));
    }

    @Test
    void canStandWithoutAMaximumAge() {
      PasswordAging aging =
          new PasswordAging(Optional.empty(), Duration.ZERO, Optional.of(Duration.ofHours(1)));

      assertEquals(Optional.of(CHANGED_AT.plusSeconds(3600)), aging.changeableFrom(CHANGED_AT));
    }

    @Test
    void allowsAChangeAtAnyTimeWithoutOne() {
      assertEquals(Optional.empty(), aging(MAX_AGE, WINDOW, null).changeableFrom(CHANGED_AT));
    }
  }

  @Nested
  class Defaults {

    @Test
    void expireAfter180DaysWithTwoWeeksWarningAndNoMinimumAge() {
      assertEquals(
          aging(Duration.ofDays(180), Duration.ofDays(14), null), PasswordAging.defaults());
    }
  }

  @Nested
  class Validation {

    @ParameterizedTest(name = "maximum age {0}")
    @ValueSource(strings = {"PT0S", "-P1D"})
    void refusesAMaximumAgeThatIsNotPositive(String maxAge) {
      assertThrows(
          IllegalArgumentException.class, () -> aging(Duration.parse(maxAge), WINDOW, null));
    }

    @ParameterizedTest(name = "minimum age {0}")
    @ValueSource(strings = {"PT0S", "-P1D"})
    void refusesAMinimumAgeThatIsNotPositive(String minAge) {
      assertThrows(
          IllegalArgumentException.class, () -> aging(MAX_AGE, WINDOW, Duration.parse(minAge)));
    }

    @Test
    void refusesANegativeWarningWindow() {
      assertThrows(IllegalArgumentException.class, () -> aging(MAX_AGE, Duration.ofDays(-1), null));
    }

    @Test
    void refusesAMinimumAgeThatIsNotShorterThanTheMaximumAge() {
      assertThrows(IllegalArgumentException.class, () -> aging(MAX_AGE, WINDOW, MAX_AGE));
      assertThrows(
          IllegalArgumentException.class, () -> aging(MAX_AGE, WINDOW, MAX_AGE.plusDays(1)));
    }

    @Test
    void acceptsAMinimumAgeJustShorterThanTheMaximumAge() {
      PasswordAging aging = aging(MAX_AGE, WINDOW, MAX_AGE.minusNanos(1));

      assertEquals(Optional.of(EXPIRY.minusNanos(1)), aging.changeableFrom(CHANGED_AT));
    }

    @Test
    void refusesMissingParts() {
      assertThrows(
          NullPointerException.class, () -> new PasswordAging(null, WINDOW, Optional.empty()));
      assertThrows(
          NullPointerException.class,
          () -> new PasswordAging(Optional.of(MAX_AGE), null, Optional.empty()));
      assertThrows(
          NullPointerException.class, () -> new PasswordAging(Optional.of(MAX_AGE), WINDOW, null));
    }
  }
}
