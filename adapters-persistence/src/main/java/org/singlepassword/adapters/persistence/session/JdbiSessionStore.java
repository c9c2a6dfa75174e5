package org.singlepassword.adapters.persistence.session;

import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.TokenHash;

/**
 * Outgoing adapter: the signed-in sessions, in the database through JDBI, so that every instance of
 * the service recognises them. Using a session again moves only its last-seen instant.
 */
public final class JdbiSessionStore implements SessionStore {

  private static final String INSERT =
      """
      INSERT INTO sessions (id, account_id, created_at, last_seen_at)
      VALUES (:id, :accountId, :createdAt, :lastSeenAt)
      """;

  private static final String SELECT =
      """
      SELECT id, account_id, created_at, last_seen_at
        FROM sessions
       WHERE id = :id
      """;

  /** An ended session stays ended: nothing is inserted when the row is gone. */
  private static final String UPDATE_LAST_SEEN =
      "UPDATE sessions SET last_seen_at = :lastSeenAt WHERE id = :id";

  private static final String DELETE = "DELETE FROM sessions WHERE id = :id";

  private static final String DELETE_ALL_OF_ACCOUNT =
      "DELETE FROM sessions WHERE account_id = :accountId";

  private static final String DELETE_ALL_OF_ACCOUNT_BUT_ONE =
      "DELETE FROM sessions WHERE account_id = :accountId AND id <> :kept";

  private final Jdbi jdbi;

  public JdbiSessionStore(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public void add(Session session) {
    jdbi.useHandle(handle -> SessionRow.of(session).bindTo(handle.createUpdate(INSERT)).execute());
  }

  @Override
  public Optional<Session> find(TokenHash id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT)
                .bind("id", id.value())
                .map(SessionRow.MAPPER)
                .findOne()
                .map(SessionRow::toDomain));
  }

  @Override
  public void update(Session session) {
    SessionRow row = SessionRow.of(session);
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(UPDATE_LAST_SEEN)
                .bind("id", row.id())
                .bind("lastSeenAt", UtcTimestamps.toColumn(row.lastSeenAt()))
                .execute());
  }

  @Override
  public void remove(TokenHash id) {
    jdbi.useHandle(handle -> handle.createUpdate(DELETE).bind("id", id.value()).execute());
  }

  /** Two statements rather than a NULL parameter: {@code id <> NULL} would keep every session. */
  @Override
  public void removeAllOf(AccountId accountId, Optional<TokenHash> kept) {
    String sql = kept.isPresent() ? DELETE_ALL_OF_ACCOUNT_BUT_ONE : DELETE_ALL_OF_ACCOUNT;
    jdbi.useHandle(
        handle -> {
          Update delete = handle.createUpdate(sql).bind("accountId", accountId.toString());
          kept.ifPresent(keptId -> delete.bind("kept", keptId.value()));
          delete.execute();
        });
  }
}
