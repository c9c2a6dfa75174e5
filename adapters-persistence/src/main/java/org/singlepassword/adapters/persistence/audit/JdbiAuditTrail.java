package org.singlepassword.adapters.persistence.audit;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.application.port.out.AuditTrail;

/**
 * Outgoing adapter: the audit trail, appended to the database through JDBI in the use case's own
 * transaction, so an event is kept exactly when what it records is.
 */
public final class JdbiAuditTrail implements AuditTrail {

  private static final String INSERT =
      """
      INSERT INTO audit_events (occurred_at, username, type, channel)
      VALUES (:occurredAt, :username, :type, :channel)
      """;

  private final Jdbi jdbi;

  public JdbiAuditTrail(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public void record(AuditEvent event) {
    jdbi.useHandle(handle -> AuditEventRow.of(event).bindTo(handle.createUpdate(INSERT)).execute());
  }
}
