package org.singlepassword.application.admission;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.singlepassword.application.port.in.ServiceBusyException;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * Admission control for password hashing. At most {@code concurrency} hashes run at once, each
 * holding a permit; requests that hash are {@linkplain #admit admitted} before they start, at most
 * {@code concurrency + queue} of them at a time, and one more is refused at once with {@link
 * ServiceBusyException}. So under overload the waiting stays short, the threads and memory bounded,
 * and the surplus is told to come back instead of piling up.
 *
 * <p>A request is admitted before its transaction opens, so that one waiting for its turn holds no
 * database connection. Its hashes then wait for a permit, in arrival order and for {@code maxWait}
 * at most: with the requests bounded, that wait is a few hashes long.
 */
public final class HashingGate {

  /**
   * How long a refused caller is asked to wait: a hash takes tens of milliseconds, so the queue has
   * turned over many times within a second.
   */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final int capacity;
  private final Semaphore places;
  private final Semaphore permits;
  private final Duration maxWait;

  /**
   * A gate for {@code concurrency} hashes at once and {@code queue} more requests waiting, whose
   * hashes wait {@code maxWait} at most for a permit.
   */
  public HashingGate(int concurrency, int queue, Duration maxWait) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("at least one hash at a time, was " + concurrency);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("the queue cannot be negative, was " + queue);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("the wait cannot be negative, was " + maxWait);
    }
    this.capacity = concurrency + queue;
    this.places = new Semaphore(capacity);
    // Fair: hashes get their permits in the order they asked, so no request waits much longer
    // than the queue ahead of it.
    this.permits = new Semaphore(concurrency, true);
    this.maxWait = maxWait;
  }

  /**
   * Runs a use case that hashes if a place is free, else refuses it at once.
   *
   * @throws ServiceBusyException when {@code concurrency + queue} requests are in already
   */
  public void admit(Runnable useCase) {
    admitReturning(
        () -> {
          useCase.run();
          return null;
        });
  }

  /**
   * Runs a use case that hashes and returns its result, if a place is free, else refuses it at
   * once.
   *
   * @throws ServiceBusyException when {@code concurrency + queue} requests are in already
   */
  public <T> T admitReturning(Supplier<T> useCase) {
    if (!places.tryAcquire()) {
      throw busy();
    }
    try {
      return useCase.get();
    } finally {
      places.release();
    }
  }

  /** The hasher with every hash and verification counted against the gate's permits. */
  public PasswordHasher guard(PasswordHasher hasher) {
    return new GatedPasswordHasher(hasher, this);
  }

  /** Requests admitted and not yet finished: what an operator would watch, and tests wait for. */
  public int admitted() {
    return capacity - places.availablePermits();
  }

  <T> T hash(Supplier<T> hashing) {
    acquirePermit();
    try {
      return hashing.get();
    } finally {
      permits.release();
    }
  }

  private void acquirePermit() {
    try {
      if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw busy();
    }
  }

  private static ServiceBusyException busy() {
    return new ServiceBusyException(RETRY_AFTER);
  }
}
