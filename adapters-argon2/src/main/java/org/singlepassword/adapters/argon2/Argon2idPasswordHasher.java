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
 * as a salted PHC string that any Argon2 library can check, and, when a pepper is set, keyed with
 * it too (Argon2's secret input), the hash naming the key's id. Safe to share between threads.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

  // Argon2's optional inputs: the secret when there is no pepper, and nothing to bind the hash to.
  private static final byte[] NO_SECRET = new byte[0];
  private static final byte[] NO_ASSOCIATED_DATA = new byte[0];

  private final Argon2Parameters parameters;
  private final Peppers peppers;
  private final SecureRandom random;

  /** Hashes with these parameters, no pepper, and salts from this source of randomness. */
  public Argon2idPasswordHasher(Argon2Parameters parameters, SecureRandom random) {
    this(parameters, Peppers.none(), random);
  }

  /**
   * Hashes with these parameters and the current pepper, verifies with whichever pepper a hash
   * names, and salts from this source of randomness.
   */
  public Argon2idPasswordHasher(Argon2Parameters parameters, Peppers peppers, SecureRandom random) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.peppers = Objects.requireNonNull(peppers, "peppers");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public PasswordHash hash(Password password) {
    byte[] salt = new byte[Argon2Parameters.SALT_BYTES];
    random.nextBytes(salt);
    Optional<Pepper> pepper = peppers.current();
    PhcString made =
        new PhcString(
            parameters, pepper.map(Pepper::id), salt, tag(password, salt, parameters, pepper));
    return new PasswordHash(made.encoded());
  }

  /**
   * False, never an exception, for a hash this adapter would not have written, or one made with a
   * pepper it no longer knows.
   */
  @Override
  public boolean verify(Password password, PasswordHash hash) {
    Objects.requireNonNull(password, "password");
    Optional<PhcString> stored = PhcString.parse(hash.encoded());
    if (stored.isEmpty()) {
      return false;
    }
    Optional<Pepper> pepper = stored.get().keyId().flatMap(peppers::byId);
    if (stored.get().keyId().isPresent() && pepper.isEmpty()) {
      return false;
    }
    byte[] candidate = tag(password, stored.get().salt(), stored.get().parameters(), pepper);
    return MessageDigest.isEqual(candidate, stored.get().hash());
  }

  /**
   * True when the hash was made with other parameters or another pepper than the current ones (none
   * where one is set now, an older one after a rotation), and for a hash that cannot be read: it
   * can never be verified as it is.
   */
  @Override
  public boolean needsRehash(PasswordHash hash) {
    Optional<String> currentKey = peppers.current().map(Pepper::id);
    return PhcString.parse(hash.encoded())
        .map(
            stored -> !stored.parameters().equals(parameters) || !stored.keyId().equals(currentKey))
        .orElse(true);
  }

  private static byte[] tag(
      Password password, byte[] salt, Argon2Parameters parameters, Optional<Pepper> pepper) {
    byte[] typed = password.normalizedUtf8();
    byte[] secret = pepper.map(Pepper::secret).orElse(NO_SECRET);
    try {
      return Argon2id.tag(typed, salt, secret, NO_ASSOCIATED_DATA, parameters);
    } finally {
      // These copies need not outlive the hash: left to the garbage collector, they could linger.
      Arrays.fill(typed, (byte) 0);
      Arrays.fill(secret, (byte) 0);
    }
  }
}
