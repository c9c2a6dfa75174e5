package org.singlepassword.adapters.persistence.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.singlepassword.adapters.persistence.KeyedInserts;
import org.singlepassword.adapters.persistence.SqlStates;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.PasswordHash;
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
             password_changed_at, password_changed_through,
             enabled, failed_attempts, locked_until, version
        FROM accounts
       WHERE username = :username
      """;

  private static final String SELECT_BY_ID =
      """
      SELECT id, username, display_name, email, password_hash, status,
             password_changed_at, password_changed_through,
             enabled, failed_attempts, locked_until, version
        FROM accounts
       WHERE id = :id
      """;

  /**
   * Accounts of one address with their earlier passwords, one row for each (NULLs for an account
   * with none): a single statement reads them all at one moment, not one query per account.
   */
  static final String SELECT_BY_EMAIL_WITH_HISTORY =
      """
      SELECT a.id, a.username, a.display_name, a.email, a.password_hash, a.status,
             a.password_changed_at, a.password_changed_through,
             a.enabled, a.failed_attempts, a.locked_until, a.version,
             h.password_hash AS earlier_password_hash
        FROM accounts a
        LEFT JOIN password_history h ON h.account_id = a.id
       WHERE a.email_key = :emailKey
       ORDER BY a.id, h.position
      """;

  /** As {@link #SELECT_BY_EMAIL_WITH_HISTORY}, for the passwords set in {@code [from, to)}. */
  static final String SELECT_PASSWORD_SET_BETWEEN_WITH_HISTORY =
      """
      SELECT a.id, a.username, a.display_name, a.email, a.password_hash, a.status,
             a.password_changed_at, a.password_changed_through,
             a.enabled, a.failed_attempts, a.locked_until, a.version,
             h.password_hash AS earlier_password_hash
        FROM accounts a
        LEFT JOIN password_history h ON h.account_id = a.id
       WHERE a.password_changed_at >= :from AND a.password_changed_at < :to
       ORDER BY a.id, h.position
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
      INSERT INTO accounts (id, username, display_name, email, email_key, password_hash, status,
                            password_changed_at, password_changed_through,
                            enabled, failed_attempts, locked_until, version)
      VALUES (:id, :username, :displayName, :email, :emailKey, :passwordHash, :status,
              :passwordChangedAt, :passwordChangedThrough,
              :enabled, :failedAttempts, :lockedUntil, :version)
      """;

  private static final String UPDATE =
      """
      UPDATE accounts
         SET username = :username, display_name = :displayName, email = :email,
             email_key = :emailKey,
             password_hash = :passwordHash, status = :status,
             password_changed_at = :passwordChangedAt,
             password_changed_through = :passwordChangedThrough,
             enabled = :enabled, failed_attempts = :failedAttempts,
             locked_until = :lockedUntil,
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

  @Override
  public List<Account> findByEmail(EmailAddress email) {
    return findAll(
        SELECT_BY_EMAIL_WITH_HISTORY, query -> query.bind("emailKey", AccountRow.emailKey(email)));
  }

  /** The bounds are rounded up to the microsecond the column keeps, so they stay exact. */
  @Override
  public List<Account> findWithPasswordSetBetween(Instant from, Instant to) {
    return findAll(
        SELECT_PASSWORD_SET_BETWEEN_WITH_HISTORY,
        query ->
            query
                .bind("from", UtcTimestamps.toBoundColumn(from))
                .bind("to", UtcTimestamps.toBoundColumn(to)));
  }

  /** A new account, with its history in the same transaction: the caller's, or one of its own. */
  @Override
  public boolean addIfAbsent(Account account) {
    AccountRow row = AccountRow.of(account.state());
    return jdbi.inTransaction(
        handle -> {
          // The check answers at once for a committed account; the key, for one being added.
          if (isTaken(handle, row)
              || !KeyedInserts.insertUnlessKeyTaken(
                  handle, row.bindTo(handle.createUpdate(INSERT)))) {
            return false;
          }
          insertHistory(handle, PasswordHistoryRow.of(account.state()));
          return true;
        });
  }

  @Override
  public void update(Account account) {
    AccountState state = account.state();
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

  /** The accounts a joined select finds, each with its earlier passwords newest first. */
  private List<Account> findAll(String select, UnaryOperator<Query> binding) {
    List<JoinedRow> rows =
        jdbi.withHandle(
            handle -> binding.apply(handle.createQuery(select)).map(JoinedRow.MAPPER).list());
    Map<String, AccountRow> accounts = new LinkedHashMap<>();
    Map<String, List<PasswordHash>> histories = new HashMap<>();
    for (JoinedRow row : rows) {
      String id = row.account().id();
      accounts.putIfAbsent(id, row.account());
      List<PasswordHash> history = histories.computeIfAbsent(id, ignored -> new ArrayList<>());
      row.earlierPassword().ifPresent(history::add);
    }
    return accounts.values().stream()
        .map(account -> account.toDomain(new PasswordHistory(histories.get(account.id()))))
        .toList();
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

  /** An account's row beside one of its earlier passwords, or none when it has no history. */
  private record JoinedRow(AccountRow account, Optional<PasswordHash> earlierPassword) {

    static final RowMapper<JoinedRow> MAPPER =
        (row, context) ->
            new JoinedRow(
                AccountRow.MAPPER.map(row, context),
                Optional.ofNullable(row.getString("earlier_password_hash")).map(PasswordHash::new));
  }
}
