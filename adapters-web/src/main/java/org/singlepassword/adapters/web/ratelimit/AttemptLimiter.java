package org.singlepassword.adapters.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.domain.password.IncorrectPasswordException;

/**
 * How many password attempts (or requests for reset links, with a limiter of their own) one client
 * address may make: a token bucket per address that holds {@code attemptsPerMinute} attempts and
 * refills at that rate. Browsers on our forms and the users an e-service names are counted apart,
 * and an e-service's own address is never counted: its many users all come from its one server.
 *
 * <p>Memory stays bounded: a bucket left alone for a minute is full again, so it is forgotten, and
 * beyond {@code maxTrackedAddresses} the least recently seen address is forgotten first.
 */
public final class AttemptLimiter {

  /** Whose attempts an address stands for; each has its own buckets. */
  public enum Origin {
    /** A browser on one of our forms, or a person's own app calling an open endpoint. */
    WEB_FORM,
    /** A person signing in through an e-service, whose address the e-service passed on. */
    E_SERVICE_USER
  }

  /** Enough for every address of a busy morning; about 10 MB at most. */
  public static final int DEFAULT_MAX_TRACKED_ADDRESSES = 100_000;

  private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

  private final int attemptsPerMinute;
  private final Clock clock;

  // One lock around an access-ordered map: the idlest address is always first, so forgetting idle
  // ones costs nothing per attempt. Password attempts are few a second, each costs a password hash
  // far slower than this lock, so a concurrent map would buy nothing here.
  private final LinkedHashMap<Key, Bucket> buckets;

  public AttemptLimiter(int attemptsPerMinute, Clock clock) {
    this(attemptsPerMinute, DEFAULT_MAX_TRACKED_ADDRESSES, clock);
  }

  public AttemptLimiter(int attemptsPerMinute, int maxTrackedAddresses, Clock clock) {
    if (attemptsPerMinute < 1) {
      throw new IllegalArgumentException("at least one attempt a minute, was " + attemptsPerMinute);
    }
    if (maxTrackedAddresses < 1) {
      throw new IllegalArgumentException("track at least one address, was " + maxTrackedAddresses);
    }
    this.attemptsPerMinute = attemptsPerMinute;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.buckets =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Bucket> eldest) {
            return size() > maxTrackedAddresses;
          }
        };
  }

  /**
   * Takes one attempt from the address's bucket.
   *
   * @param address the address as {@link IpAddress#limitKey()} gives it, so that one address
   *     written two ways is still one address
   * @return the permit to run the attempt with
   * @throws TooManyAttemptsException when the bucket is empty; nothing was taken
   */
  public synchronized Permit acquire(Origin origin, String address) {
    Key key = new Key(Objects.requireNonNull(origin, "origin"), Objects.requireNonNull(address));
    long now = clock.millis();
    forgetIdle(now);
    Bucket bucket = buckets.computeIfAbsent(key, unused -> new Bucket(attemptsPerMinute, now));
    bucket.refill(now, attemptsPerMinute);
    if (bucket.tokens < 1) {
      double missing = 1 - bucket.tokens;
      long waitMillis = (long) Math.ceil(missing * WINDOW_MILLIS / attemptsPerMinute);
      throw new TooManyAttemptsException(Duration.ofMillis(waitMillis));
    }
    bucket.tokens -= 1;
    return new Permit(this, key);
  }

  /**
   * Takes one attempt from the address's bucket for good, whatever the call's outcome: for calls
   * where every one counts, such as asking for a reset link or presenting one.
   *
   * @throws TooManyAttemptsException when the bucket is empty; nothing was taken
   */
  public void count(Origin origin, String address) {
    acquire(origin, address);
  }

  /** How many addresses are remembered now; for tests of the memory bound. */
  synchronized int trackedAddresses() {
    forgetIdle(clock.millis());
    return buckets.size();
  }

  private synchronized void giveBack(Key key) {
    Bucket bucket = buckets.get(key);
    if (bucket != null) {
      bucket.refill(clock.millis(), attemptsPerMinute);
      bucket.tokens = Math.min(attemptsPerMinute, bucket.tokens + 1);
    }
  }

  private void forgetIdle(long now) {
    Iterator<Bucket> idlestFirst = buckets.values().iterator();
    while (idlestFirst.hasNext() && now - idlestFirst.next().updatedAt >= WINDOW_MILLIS) {
      idlestFirst.remove();
    }
  }

  /**
   * One attempt taken from an address's bucket. Only a wrong password uses it up: any other outcome
   * gives it back, so that a class signing in together from behind one school address is never held
   * up, and a person may try several new passwords that the policy refuses.
   */
  public static final class Permit {

    private static final Permit UNLIMITED = new Permit(null, null);

    private final AttemptLimiter limiter;
    private final Key key;

    private Permit(AttemptLimiter limiter, Key key) {
      this.limiter = limiter;
      this.key = key;
    }

    /**
     * For a call that names no address to count: an e-service's, for a person it does not place.
     */
    public static Permit unlimited() {
      return UNLIMITED;
    }

    /** Runs the password attempt; the permit is given back unless the password was wrong. */
    public void attempt(Runnable passwordAttempt) {
      attemptReturning(
          () -> {
            passwordAttempt.run();
            return null;
          });
    }

    /** Runs the password attempt and returns its result; as {@link #attempt}. */
    public <T> T attemptReturning(Supplier<T> passwordAttempt) {
      boolean wrongPassword = false;
      try {
        return passwordAttempt.get();
      } catch (IncorrectPasswordException | AccountLockedException guessed) {
        wrongPassword = true;
        throw guessed;
      } finally {
        if (!wrongPassword && limiter != null) {
          limiter.giveBack(key);
        }
      }
    }
  }

  private record Key(Origin origin, String address) {}

  private static final class Bucket {

    private double tokens;
    private long updatedAt;

    Bucket(int capacity, long now) {
      this.tokens = capacity;
      this.updatedAt = now;
    }

    void refill(long now, int capacity) {
      // A clock set back must not drain or overfill the bucket.
      long elapsed = Math.max(0, now - updatedAt);
      tokens = Math.min(capacity, tokens + (double) elapsed * capacity / WINDOW_MILLIS);
      updatedAt = Math.max(updatedAt, now);
    }
  }
}
