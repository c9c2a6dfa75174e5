package org.singlepassword.domain.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.token.TokenHash;

/** A web session ends when idle too long or when too old, exactly at its timeout. */
class SessionTest {

  private static final Instant START = Instant.parse("2025-09-01T08:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);
  private static final Duration ABSOLUTE = Duration.ofHours(8);
  private static final Duration NANO = Duration.ofNanos(1);

  private final SessionTimeouts timeouts = new SessionTimeouts(IDLE, ABSOLUTE);
  private final Session session = Session.begin(new TokenHash("hash"), AccountId.random(), START);

  @Nested
  class WhenIdle {

    @Test
    void isLiveWhenBegun() {
      assertTrue(session.isLiveAt(START, timeouts));
    }

    @Test
    void isLiveUntilJustBeforeTheIdleTimeout() {
      assertTrue(session.isLiveAt(START.plus(IDLE).minus(NANO), timeouts));
    }

    @Test
    void endsExactlyAtTheIdleTimeout() {
      assertFalse(session.isLiveAt(START.plus(IDLE), timeouts));
    }

    @Test
    void countsIdleTimeFromItsLastUse() {
      Instant used = START.plus(Duration.ofMinutes(20));
      Session seen = session.seenAt(used);

      assertTrue(seen.isLiveAt(used.plus(IDLE).minus(NANO), timeouts));
      assertFalse(seen.isLiveAt(used.plus(IDLE), timeouts));
      assertEquals(START, seen.createdAt());
      assertEquals(session.id(), seen.id());
    }
  }

  @Nested
  class WhenKeptInUse {

    private final Session usedAllDay =
        session.seenAt(START.plus(ABSOLUTE).minus(Duration.ofMinutes(1)));

    @Test
    void isLiveUntilJustBeforeTheAbsoluteTimeout() {
      assertTrue(usedAllDay.isLiveAt(START.plus(ABSOLUTE).minus(NANO), timeouts));
    }

    @Test
    void endsExactlyAtTheAbsoluteTimeoutHoweverRecentlyUsed() {
      assertFalse(usedAllDay.isLiveAt(START.plus(ABSOLUTE), timeouts));
    }
  }

  @Nested
  class Timeouts {

    @Test
    void needAPositiveIdleTimeout() {
      assertThrows(
          IllegalArgumentException.class, () -> new SessionTimeouts(Duration.ZERO, ABSOLUTE));
      assertThrows(
          IllegalArgumentException.class,
          () -> new SessionTimeouts(Duration.ofMinutes(-1), ABSOLUTE));
    }

    @Test
    void needAnAbsoluteTimeoutNoShorterThanTheIdleOne() {
      assertThrows(
          IllegalArgumentException.class, () -> new SessionTimeouts(IDLE, IDLE.minus(NANO)));
      assertDoesNotThrow(() -> new SessionTimeouts(IDLE, IDLE));
    }
  }
}
