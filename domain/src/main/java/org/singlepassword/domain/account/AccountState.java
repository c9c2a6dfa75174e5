package org.singlepassword.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHistory;

/**
 * An account's stored form. The version is for optimistic locking: a repository saves only over the
 * version it read, so that of two concurrent changes exactly one wins.
 */
public record AccountState(
    AccountId id,
    Username username,
    DisplayName displayName,
    EmailAddress email,
    PasswordHash credential,
    PasswordHistory earlierPasswords,
    AccountStatus status,
    Instant passwordChangedAt,
    Channel passwordChangedThrough,
    boolean enabled,
    int failedAttempts,
    Optional<Instant> lockedUntil,
    long version) {

  public AccountState {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(earlierPasswords, "earlierPasswords");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
    Objects.requireNonNull(passwordChangedThrough, "passwordChangedThrough");
    Objects.requireNonNull(lockedUntil, "lockedUntil");
    if (status == AccountStatus.DISABLED) {
      throw new IllegalArgumentException("disabled is stored as enabled=false, not as a status");
    }
    if (failedAttempts < 0) {
      throw new IllegalArgumentException("failed attempts cannot be negative");
    }
  }

  /** The same state at another version: what a repository stores after an update. */
  public AccountState withVersion(long newVersion) {
    return new AccountState(
        id,
        username,
        displayName,
        email,
        credential,
        earlierPasswords,
        status,
        passwordChangedAt,
        passwordChangedThrough,
        enabled,
        failedAttempts,
        lockedUntil,
        newVersion);
  }
}
