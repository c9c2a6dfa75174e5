package org.singlepassword.application.service;

import java.time.Instant;
import org.singlepassword.application.port.in.accounts.AccountDetails;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.policy.PasswordAging;

/** How use cases show an account to their callers, as it stands at a moment. */
final class Accounts {

  private Accounts() {}

  static SignedIn signedIn(Account account, PasswordAging aging, Instant now) {
    return new SignedIn(
        account.id(),
        account.username(),
        account.displayName(),
        account.statusAt(now, aging),
        account.passwordChangedAt(),
        account.passwordChangedThrough(),
        aging.expiresAt(account.passwordChangedAt()),
        aging.isInWarningWindow(account.passwordChangedAt(), now));
  }

  static AccountDetails details(Account account, PasswordAging aging, Instant now) {
    return new AccountDetails(
        account.username(),
        account.email(),
        account.displayName(),
        account.statusAt(now, aging),
        account.passwordChangedAt(),
        aging.expiresAt(account.passwordChangedAt()),
        account.lockedUntil().filter(now::isBefore),
        account.failedAttempts());
  }
}
