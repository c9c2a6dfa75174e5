package org.singlepassword.application.admission;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * A fake hasher whose every hash and verification waits until the test releases it, counting how
 * many are inside at once: the test decides when hashing ends, never the clock.
 */
final class FakeBlockingHasher implements PasswordHasher {

  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicInteger mostInside = new AtomicInteger();

  @Override
  public PasswordHash hash(Password password) {
    return held(() -> hasher.hash(password));
  }

  @Override
  public boolean verify(Password password, PasswordHash hash) {
    return held(() -> hasher.verify(password, hash));
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return hasher.needsRehash(hash);
  }

  /** Lets every waiting and future hash finish. */
  void release() {
    released.countDown();
  }

  /** Hashes running now. */
  int inside() {
    return inside.get();
  }

  /** The most hashes that ever ran at once. */
  int mostInside() {
    return mostInside.get();
  }

  /** Waits until the condition holds; a test that would hang fails instead. */
  static void awaitUntil(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the condition never held");
      }
      Thread.onSpinWait();
    }
  }

  private <T> T held(Supplier<T> work) {
    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
    try {
      if (!released.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the test never released the hasher");
      }
      return work.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    } finally {
      inside.decrementAndGet();
    }
  }
}
