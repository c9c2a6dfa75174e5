package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import org.singlepassword.adapters.argon2.Argon2Parameters;
import org.singlepassword.adapters.argon2.Argon2idPasswordHasher;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * Wiring: the password hasher port to the Argon2id adapter, with the configured costs and pepper.
 */
final class HashingModule extends AbstractModule {

  private final Settings settings;

  HashingModule(Settings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  PasswordHasher passwordHasher(SecureRandom random) {
    Settings.HashSettings hashing = settings.hashing();
    return new Argon2idPasswordHasher(
        new Argon2Parameters(hashing.memoryKiB(), hashing.iterations(), hashing.parallelism()),
        hashing.peppers(),
        random);
  }
}
