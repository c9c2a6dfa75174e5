package org.singlepassword.application.service;

import java.util.Objects;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * Spends on an unknown username the same hash verification a known one costs, so that the time of
 * an answer does not tell whether an account exists.
 */
public final class UnknownAccountDecoy {

  private final PasswordHasher hasher;
  private volatile PasswordHash decoyHash;

  public UnknownAccountDecoy(PasswordHasher hasher) {
    this.hasher = Objects.requireNonNull(hasher);
  }

  /** Verifies the password against a hash of a password nobody has; always in vain. */
  public void spendVerification(Password password) {
    hasher.verify(password, decoyHash());
  }

  private PasswordHash decoyHash() {
    PasswordHash hash = decoyHash;
    if (hash == null) {
      // Made once, lazily: with the hasher's current parameters, so it costs what a real one does.
      hash = hasher.hash(Password.of("decoy-" + System.nanoTime()));
      decoyHash = hash;
    }
    return hash;
  }
}
