package org.singlepassword.domain.password;

import java.util.Objects;

/**
 * A password as stored: a salted, memory-hard hash in the hasher's own encoding (a PHC string for
 * Argon2id). The domain never looks inside; only the {@link PasswordHasher} that made it does.
 */
public record PasswordHash(String encoded) {

  public PasswordHash {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.isBlank()) {
      throw new IllegalArgumentException("a password hash cannot be blank");
    }
  }

  /** A hash is not a password, but it is an offline-guessing target: keep it out of logs. */
  @Override
  public String toString() {
    return "PasswordHash[hidden]";
  }
}
