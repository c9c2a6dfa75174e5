package org.singlepassword.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * Stops password guessing: after {@code threshold} consecutive failed sign-ins the account is
 * locked for {@code duration}, and not even the right password opens it until then.
 */
public record Lockout(int threshold, Duration duration) {

  public Lockout {
    Objects.requireNonNull(duration, "duration");
    if (threshold < 1) {
      throw new IllegalArgumentException("the lockout threshold must be at least 1");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the lockout duration must be positive");
    }
  }

  /** The defaults: 5 failures lock for 15 minutes. */
  public static Lockout defaults() {
    return new Lockout(5, Duration.ofMinutes(15));
  }
}
