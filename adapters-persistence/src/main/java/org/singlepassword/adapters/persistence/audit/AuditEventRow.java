package org.singlepassword.adapters.persistence.audit;

import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.domain.audit.AuditEvent;

/**
 * Part of the outgoing persistence adapter: one row of {@code audit_events} as it is appended, the
 * database numbering it. Nothing in the service reads the trail back yet, hence no mapper.
 */
record AuditEventRow(Instant occurredAt, String username, String type, String channel) {

  static AuditEventRow of(AuditEvent event) {
    return new AuditEventRow(
        event.at(), event.username().value(), event.type().name(), event.channel().code());
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("occurredAt", UtcTimestamps.toColumn(occurredAt))
        .bind("username", username)
        .bind("type", type)
        .bind("channel", channel);
  }
}
