package org.singlepassword.application.port.in.signin;

import java.time.Instant;
import java.util.Objects;

/**
 * Too many wrong passwords in a row: the account stays locked until {@link #lockedUntil()} or until
 * IT unlocks it, and not even the right password opens it before then.
 */
public final class AccountLockedException extends RuntimeException {

  private final Instant lockedUntil;

  public AccountLockedException(Instant lockedUntil) {
    super("the account is locked after too many failed sign-ins");
    this.lockedUntil = Objects.requireNonNull(lockedUntil);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }
}
