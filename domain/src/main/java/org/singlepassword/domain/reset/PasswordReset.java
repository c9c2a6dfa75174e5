package org.singlepassword.domain.reset;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.token.TokenHash;

/**
 * A "Forgot your password?" request in flight: the hash of the link's token, whose account, and
 * until when it may be used. It is bound to the moment the password was last set, so a change made
 * any other way voids it without anyone having to remember to.
 */
public record PasswordReset(
    TokenHash id,
    AccountId accountId,
    Instant issuedAt,
    Instant validUntil,
    Instant forPasswordSetAt) {

  public PasswordReset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(forPasswordSetAt, "forPasswordSetAt");
    if (!validUntil.isAfter(issuedAt)) {
      throw new IllegalArgumentException("a reset must be valid for some time");
    }
  }

  /** A reset for the account's current password, valid for {@code lifetime} from now. */
  public static PasswordReset issue(TokenHash id, Account account, Duration lifetime, Instant now) {
    return new PasswordReset(
        id, account.id(), now, now.plus(lifetime), account.passwordChangedAt());
  }

  /** Whether the reset may still be used for this account at {@code now}. */
  public boolean isUsableFor(Account account, Instant now) {
    return account.id().equals(accountId)
        && now.isBefore(validUntil)
        && account.passwordChangedAt().equals(forPasswordSetAt);
  }
}
