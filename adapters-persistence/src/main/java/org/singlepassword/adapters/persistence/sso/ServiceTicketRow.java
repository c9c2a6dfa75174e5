package org.singlepassword.adapters.persistence.sso;

import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.TokenHash;

/**
 * Part of the outgoing persistence adapter: one row of {@code service_tickets}, a CAS service
 * ticket not yet validated as the columns hold it, known by the hash of its token.
 */
record ServiceTicketRow(
    String id,
    String accountId,
    String eServiceId,
    String service,
    Instant issuedAt,
    Instant validUntil,
    boolean fromCredentials) {

  static final RowMapper<ServiceTicketRow> MAPPER =
      (row, context) ->
          new ServiceTicketRow(
              row.getString("id"),
              row.getString("account_id"),
              row.getString("e_service_id"),
              row.getString("service"),
              UtcTimestamps.fromColumn(row, "issued_at"),
              UtcTimestamps.fromColumn(row, "valid_until"),
              row.getBoolean("from_credentials"));

  static ServiceTicketRow of(ServiceTicket ticket) {
    return new ServiceTicketRow(
        ticket.id().value(),
        ticket.accountId().toString(),
        ticket.eServiceId().value(),
        ticket.service().value(),
        ticket.issuedAt(),
        ticket.validUntil(),
        ticket.fromCredentials());
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("id", id)
        .bind("accountId", accountId)
        .bind("eServiceId", eServiceId)
        .bind("service", service)
        .bind("issuedAt", UtcTimestamps.toColumn(issuedAt))
        .bind("validUntil", UtcTimestamps.toColumn(validUntil))
        .bind("fromCredentials", fromCredentials);
  }

  ServiceTicket toDomain() {
    return new ServiceTicket(
        new TokenHash(id),
        AccountId.parse(accountId),
        new EServiceId(eServiceId),
        new ServiceUrl(service),
        issuedAt,
        validUntil,
        fromCredentials);
  }
}
