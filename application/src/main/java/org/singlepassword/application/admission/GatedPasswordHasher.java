package org.singlepassword.application.admission;

import java.util.Objects;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;

/**
 * The hasher behind a {@link HashingGate}: a hash or a verification runs only with one of the
 * gate's permits, so that no more of them run at once than there are cores, whoever asks (a
 * sign-in, the decoy for an unknown username, an import). Reading a hash's parameters costs nothing
 * and needs no permit.
 */
final class GatedPasswordHasher implements PasswordHasher {

  private final PasswordHasher hasher;
  private final HashingGate gate;

  GatedPasswordHasher(PasswordHasher hasher, HashingGate gate) {
    this.hasher = Objects.requireNonNull(hasher);
    this.gate = Objects.requireNonNull(gate);
  }

  @Override
  public PasswordHash hash(Password password) {
    return gate.hash(() -> hasher.hash(password));
  }

  @Override
  public boolean verify(Password password, PasswordHash hash) {
    return gate.hash(() -> hasher.verify(password, hash));
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return hasher.needsRehash(hash);
  }
}
