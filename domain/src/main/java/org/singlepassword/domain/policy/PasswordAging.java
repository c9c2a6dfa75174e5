package org.singlepassword.domain.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The FAQ's "forced to change their password regularly": a password expires after a maximum age,
 * every sign-in warns within a window before that, and an optional minimum age stops a person from
 * cycling through the history in a minute to get an old password back.
 */
public record PasswordAging(
    Optional<Duration> maxAge, Duration warningWindow, Optional<Duration> minAge) {

  public PasswordAging {
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(warningWindow, "warningWindow");
    Objects.requireNonNull(minAge, "minAge");
    maxAge.ifPresent(age -> requirePositive(age, "maximum age"));
    minAge.ifPresent(age -> requirePositive(age, "minimum age"));
    if (warningWindow.isNegative()) {
      throw new IllegalArgumentException("the expiry warning window cannot be negative");
    }
    if (maxAge.isPresent() && minAge.isPresent() && minAge.get().compareTo(maxAge.get()) >= 0) {
      throw new IllegalArgumentException("the minimum age must be shorter than the maximum age");
    }
  }

  /** The defaults: expiry after 180 days, warnings for the last 14, no minimum age. */
  public static PasswordAging defaults() {
    return new PasswordAging(
        Optional.of(Duration.ofDays(180)), Duration.ofDays(14), Optional.empty());
  }

  /** No forced change at all (the NIST profile's choice). */
  public static PasswordAging never() {
    return new PasswordAging(Optional.empty(), Duration.ZERO, Optional.empty());
  }

  /** When a password set at {@code changedAt} expires; empty when passwords never expire. */
  public Optional<Instant> expiresAt(Instant changedAt) {
    return maxAge.map(changedAt::plus);
  }

  /** Whether a password set at {@code changedAt} has expired by {@code now}. */
  public boolean hasExpired(Instant changedAt, Instant now) {
    return expiresAt(changedAt).map(expiry -> !now.isBefore(expiry)).orElse(false);
  }

  /** Whether {@code now} falls in the warning window before the password expires. */
  public boolean isInWarningWindow(Instant changedAt, Instant now) {
    return expiresAt(changedAt)
        .map(expiry -> now.isBefore(expiry) && !now.isBefore(expiry.minus(warningWindow)))
        .orElse(false);
  }

  /** The earliest moment a person may change a password set at {@code changedAt} again. */
  public Optional<Instant> changeableFrom(Instant changedAt) {
    return minAge.map(changedAt::plus);
  }

  private static void requirePositive(Duration age, String what) {
    if (age.isNegative() || age.isZero()) {
      throw new IllegalArgumentException("the password " + what + " must be positive");
    }
  }
}
