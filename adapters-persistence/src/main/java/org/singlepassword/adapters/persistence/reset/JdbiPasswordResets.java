package org.singlepassword.adapters.persistence.reset;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.TokenHash;

/**
 * Outgoing adapter: the "Forgot your password?" links in flight, in the database through JDBI, so
 * that a link mailed by one instance of the service works on every other. Only a token's hash is
 * stored, so a copy of the table opens nothing.
 */
public final class JdbiPasswordResets implements PasswordResets {

  private static final String INSERT =
      """
      INSERT INTO password_resets (id, account_id, issued_at, valid_until, for_password_set_at)
      VALUES (:id, :accountId, :issuedAt, :validUntil, :forPasswordSetAt)
      """;

  private static final String SELECT =
      """
      SELECT id, account_id, issued_at, valid_until, for_password_set_at
        FROM password_resets
       WHERE id = :id
      """;

  /** Of links issued in one microsecond, the one added last: the database numbers them. */
  static final String SELECT_NEWEST_OF_ACCOUNT =
      """
      SELECT id, account_id, issued_at, valid_until, for_password_set_at
        FROM password_resets
       WHERE account_id = :accountId
       ORDER BY issued_at DESC, added_order DESC
       FETCH FIRST 1 ROW ONLY
      """;

  static final String COUNT_ISSUED_SINCE =
      """
      SELECT COUNT(*)
        FROM password_resets
       WHERE account_id = :accountId AND issued_at >= :since
      """;

  private static final String DELETE_ALL_OF_ACCOUNT =
      "DELETE FROM password_resets WHERE account_id = :accountId";

  private final Jdbi jdbi;

  public JdbiPasswordResets(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public void add(PasswordReset reset) {
    jdbi.useHandle(
        handle -> PasswordResetRow.of(reset).bindTo(handle.createUpdate(INSERT)).execute());
  }

  @Override
  public Optional<PasswordReset> find(TokenHash id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT)
                .bind("id", id.value())
                .map(PasswordResetRow.MAPPER)
                .findOne()
                .map(PasswordResetRow::toDomain));
  }

  @Override
  public Optional<PasswordReset> newestFor(AccountId accountId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT_NEWEST_OF_ACCOUNT)
                .bind("accountId", accountId.toString())
                .map(PasswordResetRow.MAPPER)
                .findOne()
                .map(PasswordResetRow::toDomain));
  }

  /** {@code since} is rounded up to the microsecond the column keeps, so the count stays exact. */
  @Override
  public int countIssuedSince(AccountId accountId, Instant since) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(COUNT_ISSUED_SINCE)
                .bind("accountId", accountId.toString())
                .bind("since", UtcTimestamps.toBoundColumn(since))
                .mapTo(Integer.class)
                .one());
  }

  @Override
  public void removeAllOf(AccountId accountId) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(DELETE_ALL_OF_ACCOUNT)
                .bind("accountId", accountId.toString())
                .execute());
  }
}
