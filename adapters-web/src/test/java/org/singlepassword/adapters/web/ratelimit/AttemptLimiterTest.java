package org.singlepassword.adapters.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter.Origin;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.domain.password.IncorrectPasswordException;

/** The token buckets: how many attempts, when again, what is given back, how much is kept. */
class AttemptLimiterTest {

  private static final String ADDRESS = "203.0.113.7";

  private final TestClock clock = new TestClock();
  private final AttemptLimiter limiter = new AttemptLimiter(10, clock);

  private void guessWrong(Origin origin, String address) {
    assertThrows(
        IncorrectPasswordException.class,
        () ->
            limiter
                .acquire(origin, address)
                .attempt(
                    () -> {
                      throw new IncorrectPasswordException();
                    }));
  }

  @Nested
  class WrongPasswords {

    @Test
    void useTheBudgetUpAfterWhichTheWaitIsForOneAttemptToRefill() {
      for (int i = 0; i < 10; i++) {
        guessWrong(Origin.WEB_FORM, ADDRESS);
      }

      TooManyAttemptsException tooMany =
          assertThrows(
              TooManyAttemptsException.class, () -> limiter.acquire(Origin.WEB_FORM, ADDRESS));

      assertEquals(Duration.ofSeconds(6), tooMany.retryAfter());
      assertEquals(6, tooMany.retryAfterSeconds());
    }

    @Test
    void areAllowedAgainAsTheBucketRefills() {
      for (int i = 0; i < 10; i++) {
        guessWrong(Origin.WEB_FORM, ADDRESS);
      }

      clock.advance(Duration.ofSeconds(6));
      guessWrong(Origin.WEB_FORM, ADDRESS);

      assertThrows(TooManyAttemptsException.class, () -> limiter.acquire(Origin.WEB_FORM, ADDRESS));
    }

    @Test
    void countTowardsALockToo() {
      for (int i = 0; i < 10; i++) {
        assertThrows(
            AccountLockedException.class,
            () ->
                limiter
                    .acquire(Origin.WEB_FORM, ADDRESS)
                    .attempt(
                        () -> {
                          throw new AccountLockedException(Instant.EPOCH);
                        }));
      }

      assertThrows(TooManyAttemptsException.class, () -> limiter.acquire(Origin.WEB_FORM, ADDRESS));
    }

    @Test
    void fromOneAddressNeverHoldUpAnotherNorTheOtherOrigin() {
      for (int i = 0; i < 10; i++) {
        guessWrong(Origin.WEB_FORM, ADDRESS);
      }

      limiter.acquire(Origin.WEB_FORM, "203.0.113.8");
      limiter.acquire(Origin.E_SERVICE_USER, ADDRESS);
    }
  }

  @Nested
  class OtherOutcomes {

    @Test
    void giveTheAttemptBack() {
      for (int i = 0; i < 100; i++) {
        limiter.acquire(Origin.WEB_FORM, ADDRESS).attempt(() -> {});
        assertThrows(
            IllegalStateException.class,
            () ->
                limiter
                    .acquire(Origin.WEB_FORM, ADDRESS)
                    .attempt(
                        () -> {
                          throw new IllegalStateException("concurrent change, say");
                        }));
      }
    }

    @Test
    void includeAnUnlimitedPermitThatCountsNothing() {
      for (int i = 0; i < 100; i++) {
        assertThrows(
            IncorrectPasswordException.class,
            () ->
                AttemptLimiter.Permit.unlimited()
                    .attempt(
                        () -> {
                          throw new IncorrectPasswordException();
                        }));
      }
    }
  }

  @Nested
  class Memory {

    @Test
    void forgetsAnAddressLeftAloneForAMinute() {
      guessWrong(Origin.WEB_FORM, ADDRESS);
      guessWrong(Origin.WEB_FORM, "203.0.113.8");
      clock.advance(Duration.ofSeconds(30));
      guessWrong(Origin.WEB_FORM, "203.0.113.9");

      clock.advance(Duration.ofSeconds(30));

      assertEquals(1, limiter.trackedAddresses());
    }

    @Test
    void keepsAtMostTheMostRecentlySeenAddresses() {
      AttemptLimiter small = new AttemptLimiter(10, 100, clock);
      for (int i = 0; i < 1000; i++) {
        small.acquire(Origin.WEB_FORM, "10.0." + i / 256 + "." + i % 256);
      }

      assertEquals(100, small.trackedAddresses());
    }
  }

  @Test
  void letsNoMoreThroughThanTheBudgetWhenAttemptsComeTogether() throws Exception {
    AtomicInteger allowed = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> attempts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        attempts.add(
            threads.submit(
                () -> {
                  try {
                    limiter.acquire(Origin.E_SERVICE_USER, ADDRESS);
                    allowed.incrementAndGet();
                  } catch (TooManyAttemptsException expected) {
                    // Over the budget.
                  }
                }));
      }
      for (Future<?> attempt : attempts) {
        attempt.get();
      }
    } finally {
      threads.shutdown();
    }

    assertEquals(10, allowed.get());
  }
}
