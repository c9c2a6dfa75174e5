package org.singlepassword.application.port.in.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;

/** An account as IT sees it: status, password age, and any lock from guessing. */
public record AccountDetails(
    Username username,
    EmailAddress email,
    DisplayName displayName,
    AccountStatus status,
    Instant passwordChangedAt,
    Optional<Instant> passwordExpiresAt,
    Optional<Instant> lockedUntil,
    int failedAttempts) {

  public AccountDetails {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
    Objects.requireNonNull(passwordExpiresAt, "passwordExpiresAt");
    Objects.requireNonNull(lockedUntil, "lockedUntil");
  }
}
