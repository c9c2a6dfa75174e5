package org.singlepassword.adapters.persistence.audit;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * Part of the outgoing persistence adapter: one row of {@code audit_events}, an event as the
 * columns hold it, the database numbering it. {@code client_address} is NULL when the event has
 * none.
 */
record AuditEventRow(
    Instant occurredAt,
    String username,
    String type,
    String channel,
    Optional<String> clientAddress) {

  static final RowMapper<AuditEventRow> MAPPER =
      (row, context) ->
          new AuditEventRow(
              UtcTimestamps.fromColumn(row, "occurred_at"),
              row.getString("username"),
              row.getString("type"),
              row.getString("channel"),
              Optional.ofNullable(row.getString("client_address")));

  static AuditEventRow of(AuditEvent event) {
    return new AuditEventRow(
        event.at(),
        event.username().value(),
        event.type().name(),
        event.channel().code(),
        event.clientAddress().map(ClientAddress::value));
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("occurredAt", UtcTimestamps.toColumn(occurredAt))
        .bind("username", username)
        .bind("type", type)
        .bind("channel", channel)
        .bindByType("clientAddress", clientAddress.orElse(null), String.class);
  }

  AuditEvent toDomain() {
    return new AuditEvent(
        occurredAt,
        new Username(username),
        AuditEventType.valueOf(type),
        Channel.parse(channel),
        clientAddress.map(ClientAddress::new));
  }
}
