package org.singlepassword.adapters.web.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * One client address made more password attempts than a minute allows: nothing was tried, and the
 * person may try again after {@link #retryAfter()}.
 */
public final class TooManyAttemptsException extends RuntimeException {

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super("too many attempts from one client address", null, false, false);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** The wait in whole seconds, at least 1, as {@code Retry-After} says it. */
  public long retryAfterSeconds() {
    return RetryAfter.seconds(retryAfter);
  }
}
