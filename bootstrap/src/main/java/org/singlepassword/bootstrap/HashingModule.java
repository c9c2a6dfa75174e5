package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import org.singlepassword.adapters.argon2.Argon2Parameters;
import org.singlepassword.adapters.argon2.Argon2idPasswordHasher;
import org.singlepassword.application.admission.HashingGate;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * Wiring: the password hasher port to the Argon2id adapter, with the configured costs and pepper,
 * behind the gate that admits only so many hashes at once.
 */
final class HashingModule extends AbstractModule {

  /**
   * Admitted requests are bounded, so a hash gets its permit within a few hashes' time; this only
   * keeps a request from waiting forever behind a hash that never ends.
   */
  private static final Duration LONGEST_WAIT_FOR_A_PERMIT = Duration.ofSeconds(5);

  private final Settings settings;

  HashingModule(Settings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  HashingGate hashingGate() {
    Settings.HashSettings hashing = settings.hashing();
    return new HashingGate(hashing.concurrency(), hashing.queue(), LONGEST_WAIT_FOR_A_PERMIT);
  }

  /** Every use of the hasher, the decoy for unknown usernames included, passes the gate. */
  @Provides
  @Singleton
  PasswordHasher passwordHasher(SecureRandom random, HashingGate gate) {
    Settings.HashSettings hashing = settings.hashing();
    return gate.guard(
        new Argon2idPasswordHasher(
            new Argon2Parameters(hashing.memoryKiB(), hashing.iterations(), hashing.parallelism()),
            hashing.peppers(),
            random));
  }
}
