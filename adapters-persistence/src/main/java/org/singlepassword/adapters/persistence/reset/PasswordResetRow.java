package org.singlepassword.adapters.persistence.reset;

import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.TokenHash;

/**
 * Part of the outgoing persistence adapter: one row of {@code password_resets}, a reset link in
 * flight as the columns hold it, known by the hash of its token.
 */
record PasswordResetRow(
    String id, String accountId, Instant issuedAt, Instant validUntil, Instant forPasswordSetAt) {

  static final RowMapper<PasswordResetRow> MAPPER =
      (row, context) ->
          new PasswordResetRow(
              row.getString("id"),
              row.getString("account_id"),
              UtcTimestamps.fromColumn(row, "issued_at"),
              UtcTimestamps.fromColumn(row, "valid_until"),
              UtcTimestamps.fromColumn(row, "for_password_set_at"));

  static PasswordResetRow of(PasswordReset reset) {
    return new PasswordResetRow(
        reset.id().value(),
        reset.accountId().toString(),
        reset.issuedAt(),
        reset.validUntil(),
        reset.forPasswordSetAt());
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("id", id)
        .bind("accountId", accountId)
        .bind("issuedAt", UtcTimestamps.toColumn(issuedAt))
        .bind("validUntil", UtcTimestamps.toColumn(validUntil))
        .bind("forPasswordSetAt", UtcTimestamps.toColumn(forPasswordSetAt));
  }

  PasswordReset toDomain() {
    return new PasswordReset(
        new TokenHash(id), AccountId.parse(accountId), issuedAt, validUntil, forPasswordSetAt);
  }
}
