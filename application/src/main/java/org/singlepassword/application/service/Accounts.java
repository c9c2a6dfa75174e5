package org.singlepassword.application.service;

import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Account;

/** How use cases show an account to their callers. */
final class Accounts {

  private Accounts() {}

  static SignedIn signedIn(Account account) {
    return new SignedIn(
        account.id(),
        account.username(),
        account.displayName(),
        account.status(),
        account.passwordChangedAt(),
        account.passwordChangedThrough());
  }
}
