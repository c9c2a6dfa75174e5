package org.singlepassword.adapters.argon2;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * Outgoing adapter: the domain's {@link PasswordHasher} as Argon2id, each Account Password stored
 * as a salted PHC string that any Argon2 library can check. Safe to share between threads.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

  // Argon2's optional inputs. No secret ("pepper") for now, and nothing to bind the hash to.
  private static final byte[] NO_SECRET = new byte[0];
  private static final byte[] NO_ASSOCIATED_DATA = new byte[0];

  private final Argon2Parameters parameters;
  private final SecureRandom random;

  /** Hashes with these parameters and salts from this source of randomness. */
  public Argon2idPasswordHasher(Argon2Parameters parameters, SecureRandom random) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public PasswordHash hash(Password password) {
    byte[] salt = new byte[Argon2Parameters.SALT_BYTES];
    random.nextBytes(salt);
    PhcString made = new PhcString(parameters, salt, tag(password, salt, parameters));
    return new PasswordHash(made.encoded());
  }

  /** False, never an exception, for a hash this adapter would not have written. */
  @Override
  public boolean verify(Password password, PasswordHash hash) {
    Objects.requireNonNull(password, "password");
    Optional<PhcString> stored = PhcString.parse(hash.encoded());
    if (stored.isEmpty()) {
      return false;
    }
    byte[] candidate = tag(password, stored.get().salt(), stored.get().parameters());
    return MessageDigest.isEqual(candidate, stored.get().hash());
  }

  /** True as well for a hash that cannot be read: it can never be verified as it is. */
  @Override
  public boolean needsRehash(PasswordHash hash) {
    return PhcString.parse(hash.encoded())
        .map(stored -> !stored.parameters().equals(parameters))
        .orElse(true);
  }

  private static byte[] tag(Password password, byte[] salt, Argon2Parameters parameters) {
    byte[] typed = password.normalizedUtf8();
    try {
      return Argon2id.tag(typed, salt, NO_SECRET, NO_ASSOCIATED_DATA, parameters);
    } finally {
      // This copy need not outlive the hash: left to the garbage collector, it could linger.
      Arrays.fill(typed, (byte) 0);
    }
  }
}
