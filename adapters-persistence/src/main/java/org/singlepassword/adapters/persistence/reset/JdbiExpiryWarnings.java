package org.singlepassword.adapters.persistence.reset;

import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.singlepassword.adapters.persistence.SqlStates;
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

  /**
   * A plain insert rather than a MERGE or an insert where none exists: neither sees a row another
   * transaction has not committed yet, so both would still need the key to settle a race. On a
   * taken key HSQLDB waits for the other transaction, then undoes just this statement and leaves
   * the caller's transaction usable; PostgreSQL would need a savepoint or ON CONFLICT DO NOTHING.
   */
  @Override
  public boolean markSent(AccountId accountId, Instant forPasswordSetAt) {
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(INSERT)
                  .bind("accountId", accountId.toString())
                  .bind("forPasswordSetAt", UtcTimestamps.toColumn(forPasswordSetAt))
                  .execute());
      return true;
    } catch (UnableToExecuteStatementException failure) {
      if (SqlStates.isUniqueViolation(failure)) {
        return false;
      }
      throw failure;
    }
  }
}
