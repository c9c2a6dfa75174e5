package org.singlepassword.adapters.persistence.session;

import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.TokenHash;

/**
 * Part of the outgoing persistence adapter: one row of {@code sessions}, a signed-in person's web
 * session as the columns hold it.
 */
record SessionRow(String id, String accountId, Instant createdAt, Instant lastSeenAt) {

  static final RowMapper<SessionRow> MAPPER =
      (row, context) ->
          new SessionRow(
              row.getString("id"),
              row.getString("account_id"),
              UtcTimestamps.fromColumn(row, "created_at"),
              UtcTimestamps.fromColumn(row, "last_seen_at"));

  static SessionRow of(Session session) {
    return new SessionRow(
        session.id().value(),
        session.accountId().toString(),
        session.createdAt(),
        session.lastSeenAt());
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("id", id)
        .bind("accountId", accountId)
        .bind("createdAt", UtcTimestamps.toColumn(createdAt))
        .bind("lastSeenAt", UtcTimestamps.toColumn(lastSeenAt));
  }

  Session toDomain() {
    return new Session(new TokenHash(id), AccountId.parse(accountId), createdAt, lastSeenAt);
  }
}
