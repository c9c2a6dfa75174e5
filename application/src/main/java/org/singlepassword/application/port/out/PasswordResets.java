package org.singlepassword.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.TokenHash;

/** Outgoing port: the "Forgot your password?" links in flight, known only by their hashes. */
public interface PasswordResets {

  void add(PasswordReset reset);

  Optional<PasswordReset> find(TokenHash id);

  /** The account's most recent reset: only that one may be used. */
  Optional<PasswordReset> newestFor(AccountId accountId);

  /** How many resets the account was sent since then: the per-account rate limit. */
  int countIssuedSince(AccountId accountId, Instant since);

  /** Voids every reset of the account (one was used). */
  void removeAllOf(AccountId accountId);
}
