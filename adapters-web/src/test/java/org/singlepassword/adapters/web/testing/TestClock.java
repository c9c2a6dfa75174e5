package org.singlepassword.adapters.web.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it on, so that rate limits and {@code Retry-After}
 * are tested without sleeping. Its zone is UTC, so that pages show dates and times as UTC.
 */
public final class TestClock extends Clock {

  /** When every test starts: 14 March 2025, noon UTC. */
  public static final Instant START = Instant.parse("2025-03-14T12:00:00Z");

  private volatile Instant now = START;

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock is always UTC");
  }
}
