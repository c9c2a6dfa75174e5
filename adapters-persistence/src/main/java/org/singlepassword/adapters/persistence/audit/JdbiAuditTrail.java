package org.singlepassword.adapters.persistence.audit;

import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;

/**
 * Outgoing adapter: the audit trail, appended to the database through JDBI in the use case's own
 * transaction, so an event is kept exactly when what it records is, and read back newest first as
 * an account's recent activity.
 */
public final class JdbiAuditTrail implements AuditTrail {

  private static final String INSERT =
      """
      INSERT INTO audit_events (occurred_at, username, type, channel, client_address)
      VALUES (:occurredAt, :username, :type, :channel, :clientAddress)
      """;

  /**
   * Events of one instant (a failed sign-in and the lock it causes) come newest-inserted first by
   * their id. The username in the ORDER BY changes nothing, the WHERE fixing it, but HSQLDB reads
   * an index for an ORDER BY only when it names the index's columns: so it walks {@code (username,
   * occurred_at, id)} backwards and stops after {@code limit} rows instead of sorting every event
   * of the account (EXPLAIN PLAN says "uses index" only in this form).
   */
  static final String SELECT_NEWEST =
      """
      SELECT occurred_at, username, type, channel, client_address
        FROM audit_events
       WHERE username = :username
       ORDER BY username DESC, occurred_at DESC, id DESC
       FETCH FIRST :limit ROWS ONLY
      """;

  private final Jdbi jdbi;

  public JdbiAuditTrail(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public void record(AuditEvent event) {
    jdbi.useHandle(handle -> AuditEventRow.of(event).bindTo(handle.createUpdate(INSERT)).execute());
  }

  /**
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  @Override
  public List<AuditEvent> recentFor(Username username, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("a limit cannot be negative: " + limit);
    }
    if (limit == 0) {
      // SQL's FETCH FIRST takes at least one row: HSQLDB refuses 0 as "invalid row count".
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT_NEWEST)
                .bind("username", username.value())
                .bind("limit", limit)
                .map(AuditEventRow.MAPPER)
                .map(AuditEventRow::toDomain)
                .list());
  }
}
