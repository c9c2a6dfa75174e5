package org.singlepassword.application.port.in.signin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.Username;

/**
 * A signed-in person as callers see them: {@code status} says what they must do first, and {@code
 * expiryWarning} whether to tell them now that the password expires at {@code passwordExpiresAt}.
 */
public record SignedIn(
    AccountId accountId,
    Username username,
    DisplayName displayName,
    AccountStatus status,
    Instant passwordChangedAt,
    Channel passwordChangedThrough,
    Optional<Instant> passwordExpiresAt,
    boolean expiryWarning) {

  public SignedIn {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
    Objects.requireNonNull(passwordChangedThrough, "passwordChangedThrough");
    Objects.requireNonNull(passwordExpiresAt, "passwordExpiresAt");
  }
}
