package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock for use-case tests that stands still until the test moves it on: a lock ends, a password
 * ages.
 */
final class FakeClock extends Clock {

  private Instant now;

  FakeClock(Instant start) {
    this.now = Objects.requireNonNull(start);
  }

  /** Moves the clock on by that much. */
  void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Sets the clock to that moment. */
  void set(Instant moment) {
    now = Objects.requireNonNull(moment);
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
    throw new UnsupportedOperationException("the use cases read instants only");
  }
}
