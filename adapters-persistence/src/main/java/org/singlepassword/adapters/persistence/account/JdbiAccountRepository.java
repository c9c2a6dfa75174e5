package org.singlepassword.adapters.persistence.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.singlepassword.adapters.persistence.SqlStates;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.PasswordHistory;

/**
 * Outgoing adapter: the accounts and their password histories, in the database through JDBI. An
 * account is saved only over the version it was read at, so a concurrent change ends in a {@link
 * StaleAccountException}, never in a raw SQL error.
 */
public final class JdbiAccountRepository implements AccountRepository {

  private static final String SELECT_BY_USERNAME =
      """
      SELECT id, username, display_name, email, password_hash, status,
             password_changed_at, password_changed_through, version
        FROM accounts
       WHERE username = :username
      """;

  private static final String SELECT_BY_ID =
      """
      SELECT id, username, display_name, email, password_hash, status,
             password_changed_at, password_changed_through, version
        FROM accounts
       WHERE id = :id
      """;

  private static final String SELECT_HISTORY =
      """
      SELECT account_id, position, password_hash
        FROM password_history
       WHERE account_id = :accountId
       ORDER BY position
      """;

  private static final String COUNT_TAKEN =
      "SELECT COUNT(*) FROM accounts WHERE id = :id OR username = :username";

  private static final String INSERT =
      """
      INSERT INTO accounts (id, username, display_name, email, password_hash, status,
                            password_changed_at, password_changed_through, version)
      VALUES (:id, :username, :displayName, :email, :passwordHash, :status,
              :passwordChangedAt, :passwordChangedThrough, :version)
      """;

  private static final String UPDATE =
      """
      UPDATE accounts
         SET username = :username, display_name = :displayName, email = :email,
             password_hash = :passwordHash, status = :status,
             password_changed_at = :passwordChangedAt,
             password_changed_through = :passwordChangedThrough,
             version = version + 1
       WHERE id = :id AND version = :version
      """;

  private static final String DELETE_HISTORY =
      "DELETE FROM password_history WHERE account_id = :accountId";

  private static final String INSERT_HISTORY =
      """
      INSERT INTO password_history (account_id, position, password_hash)
      VALUES (:accountId, :position, :passwordHash)
      """;

  private final Jdbi jdbi;

  public JdbiAccountRepository(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public Optional<Account> findByUsername(Username username) {
    return find(SELECT_BY_USERNAME, "username", username.value());
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return find(SELECT_BY_ID, "id", id.toString());
  }

  /** A new account, with its history in the same transaction: the caller's, or one of its own. */
  @Override
  public boolean addIfAbsent(Account account) {
    AccountRow row = AccountRow.of(account.state());
    return jdbi.inTransaction(
        handle -> {
          if (isTaken(handle, row)) {
            return false;
          }
          try {
            row.bindTo(handle.createUpdate(INSERT)).execute();
          } catch (UnableToExecuteStatementException failure) {
            // Taken meanwhile by a concurrent transaction. HSQLDB undoes just this statement;
            // PostgreSQL would need a savepoint to keep the caller's transaction usable.
            if (SqlStates.isUniqueViolation(failure)) {
              return false;
            }
            throw failure;
          }
          insertHistory(handle, PasswordHistoryRow.of(account.state()));
          return true;
        });
  }

  @Override
  public void update(Account account) {
    Account.State state = account.state();
    AccountRow row = AccountRow.of(state);
    try {
      jdbi.useTransaction(
          handle -> {
            if (row.bindTo(handle.createUpdate(UPDATE)).execute() == 0) {
              throw new StaleAccountException(state.id(), state.version());
            }
            handle.createUpdate(DELETE_HISTORY).bind("accountId", row.id()).execute();
            insertHistory(handle, PasswordHistoryRow.of(state));
          });
    } catch (UnableToExecuteStatementException failure) {
      if (SqlStates.isWriteConflict(failure)) {
        StaleAccountException stale = new StaleAccountException(state.id(), state.version());
        stale.initCause(failure);
        throw stale;
      }
      throw failure;
    }
  }

  /**
   * Two reads: under read-committed isolation a change may land between them, but then the account
   * was read at a version that no longer holds, and saving it fails as stale.
   */
  private Optional<Account> find(String select, String parameter, String value) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(select)
                .bind(parameter, value)
                .map(AccountRow.MAPPER)
                .findOne()
                .map(row -> row.toDomain(history(handle, row.id()))));
  }

  private static PasswordHistory history(Handle handle, String accountId) {
    List<PasswordHistoryRow> rows =
        handle
            .createQuery(SELECT_HISTORY)
            .bind("accountId", accountId)
            .map(PasswordHistoryRow.MAPPER)
            .list();
    return new PasswordHistory(rows.stream().map(PasswordHistoryRow::toDomain).toList());
  }

  private static boolean isTaken(Handle handle, AccountRow row) {
    return handle
            .createQuery(COUNT_TAKEN)
            .bind("id", row.id())
            .bind("username", row.username())
            .mapTo(Long.class)
            .one()
        > 0;
  }

  private static void insertHistory(Handle handle, List<PasswordHistoryRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT_HISTORY);
    for (PasswordHistoryRow row : rows) {
      row.bindTo(batch).add();
    }
    batch.execute();
  }
}
