package org.singlepassword.domain.session;

import java.time.Instant;
import java.util.Objects;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.token.TokenHash;

/**
 * A person signed in to the web forms. Known by the hash of its cookie's token, so a copy of the
 * session table lets nobody in; it ends when idle too long, when too old, or at sign-out.
 */
public record Session(TokenHash id, AccountId accountId, Instant createdAt, Instant lastSeenAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
  }

  /** A session begun now. */
  public static Session begin(TokenHash id, AccountId accountId, Instant now) {
    return new Session(id, accountId, now, now);
  }

  /** Whether the session is still valid now under the timeouts. */
  public boolean isLiveAt(Instant now, SessionTimeouts timeouts) {
    return now.isBefore(lastSeenAt.plus(timeouts.idle()))
        && now.isBefore(createdAt.plus(timeouts.absolute()));
  }

  /** The same session, used again now. */
  public Session seenAt(Instant now) {
    return new Session(id, accountId, createdAt, now);
  }
}
