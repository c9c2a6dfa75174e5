package org.singlepassword.adapters.web.api.admin.accounts;

import java.time.Instant;
import org.singlepassword.application.port.in.accounts.AccountDetails;

/**
 * {@code GET /api/v1/admin/accounts/{username}}: an account as IT sees it. Instants are ISO-8601;
 * {@code passwordExpiresAt} is {@code null} when passwords never expire, {@code lockedUntil} when
 * the account is not locked.
 */
public record AccountResponse(
    String username,
    String email,
    String displayName,
    String status,
    String passwordChangedAt,
    String passwordExpiresAt,
    String lockedUntil,
    int failedAttempts) {

  static AccountResponse from(AccountDetails account) {
    return new AccountResponse(
        account.username().value(),
        account.email().value(),
        account.displayName().value(),
        account.status().name(),
        account.passwordChangedAt().toString(),
        account.passwordExpiresAt().map(Instant::toString).orElse(null),
        account.lockedUntil().map(Instant::toString).orElse(null),
        account.failedAttempts());
  }
}
