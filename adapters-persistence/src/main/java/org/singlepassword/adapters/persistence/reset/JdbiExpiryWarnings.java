package org.singlepassword.adapters.persistence.reset;

import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.singlepassword.adapters.persistence.KeyedInserts;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.application.port.out.ExpiryWarnings;
import org.singlepassword.domain.account.AccountId;

/**
 * Outgoing adapter: the expiry warnings sent, in the database through JDBI, one row per password.
 * The primary key decides which of two instances warning at once sends the e-mail: the row of the
 * first to commit stands, and the other's insert fails on the key.
 */
public final class JdbiExpiryWarnings implements ExpiryWarnings {

  private static final String INSERT =
      """
      INSERT INTO expiry_warnings (account_id, for_password_set_at)
      VALUES (:accountId, :forPasswordSetAt)
      """;

  private final Jdbi jdbi;

  public JdbiExpiryWarnings(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /** The key is the mark: the caller's transaction, or one of its own, goes on either way. */
  @Override
  public boolean markSent(AccountId accountId, Instant forPasswordSetAt) {
    return jdbi.inTransaction(
        handle ->
            KeyedInserts.insertUnlessKeyTaken(
                handle,
                handle
                    .createUpdate(INSERT)
                    .bind("accountId", accountId.toString())
                    .bind("forPasswordSetAt", UtcTimestamps.toColumn(forPasswordSetAt))));
  }
}
