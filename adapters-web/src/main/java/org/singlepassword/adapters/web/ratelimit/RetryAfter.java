package org.singlepassword.adapters.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.singlepassword.adapters.web.html.Copy;

/**
 * The {@code Retry-After} header (RFC 9110) of a 423 or 429: whole seconds, at least 1, so that a
 * client never retries at once and never waits for nothing.
 */
public final class RetryAfter {

  public static final String HEADER = "Retry-After";

  private RetryAfter() {}

  /** The seconds from the clock's now until {@code until}, rounded up, at least 1. */
  public static long secondsUntil(Instant until, Clock clock) {
    return seconds(Duration.between(clock.instant(), until));
  }

  /** The duration in seconds, rounded up, at least 1. */
  public static long seconds(Duration wait) {
    long millis = Math.max(0, wait.toMillis());
    return Math.max(1, (millis + 999) / 1000);
  }

  /** The wait as a page says it: "a second", "45 seconds", "a minute". */
  public static String inWords(long seconds, Copy copy) {
    if (seconds == 60) {
      return copy.text("wait.minute");
    }
    return copy.count("wait.seconds", seconds);
  }
}
