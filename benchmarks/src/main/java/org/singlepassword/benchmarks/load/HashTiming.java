package org.singlepassword.benchmarks.load;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.singlepassword.adapters.argon2.Argon2Parameters;
import org.singlepassword.adapters.argon2.Argon2idPasswordHasher;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;

/**
 * The cost of one Argon2id verification with the service's parameters, timed in this process in the
 * same run as the load, and the pure-hashing limit it implies: cores ÷ that time.
 */
public final class HashTiming {

  private static final Password PASSWORD = Password.of("Benchmark-Password-1");

  private final Argon2idPasswordHasher hasher;
  private final PasswordHash stored;

  public HashTiming(Argon2Parameters parameters) {
    this.hasher = new Argon2idPasswordHasher(parameters, new SecureRandom());
    this.stored = hasher.hash(PASSWORD);
  }

  /** The median of {@code times} verifications on one thread, after a warm-up, in ms. */
  public double medianMillis(int warmUp, int times) {
    for (int i = 0; i < warmUp; i++) {
      hasher.verify(PASSWORD, stored);
    }
    long[] nanos = new long[times];
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      hasher.verify(PASSWORD, stored);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[times / 2] / 1e6;
  }

  /** Verifications a second with one thread a core, all busy, for about {@code seconds}. */
  public double parallelPerSecond(double seconds) throws InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    long until = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong done = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < cores; i++) {
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < until) {
                  hasher.verify(PASSWORD, stored);
                  done.incrementAndGet();
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }
}
