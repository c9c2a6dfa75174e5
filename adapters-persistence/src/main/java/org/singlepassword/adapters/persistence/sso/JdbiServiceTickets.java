package org.singlepassword.adapters.persistence.sso;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.TokenHash;

/**
 * Outgoing adapter: the CAS service tickets not yet validated, in the database through JDBI, so
 * that a ticket issued by one instance of the service is validated, once, by any. Only a ticket's
 * hash is stored, so a copy of the table opens nothing.
 */
public final class JdbiServiceTickets implements ServiceTickets {

  private static final String INSERT =
      """
      INSERT INTO service_tickets
        (id, account_id, e_service_id, service, issued_at, valid_until, from_credentials)
      VALUES (:id, :accountId, :eServiceId, :service, :issuedAt, :validUntil, :fromCredentials)
      """;

  private static final String SELECT =
      """
      SELECT id, account_id, e_service_id, service, issued_at, valid_until, from_credentials
        FROM service_tickets
       WHERE id = :id
      """;

  private static final String DELETE = "DELETE FROM service_tickets WHERE id = :id";

  /**
   * Expired at its end exactly, as the domain has it: "valid until" is the first invalid instant.
   */
  static final String DELETE_EXPIRED = "DELETE FROM service_tickets WHERE valid_until <= :now";

  private final Jdbi jdbi;

  public JdbiServiceTickets(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public void add(ServiceTicket ticket) {
    jdbi.useHandle(
        handle -> ServiceTicketRow.of(ticket).bindTo(handle.createUpdate(INSERT)).execute());
  }

  /**
   * Reads the row, then deletes it, and hands it out only if this delete removed it; in the
   * caller's transaction, or one of its own. The read alone decides nothing: under MVCC two
   * transactions may both still see the row. The delete decides: it locks the row, so a second
   * delete of it waits until the first transaction ends, and then, at READ COMMITTED (the default
   * of HSQLDB and PostgreSQL), finds the row gone and counts 0, or, if the first rolled back, finds
   * it there and wins in its place. At a stricter isolation the second would fail to serialise
   * instead, which hands the ticket out no more often. PostgreSQL's {@code DELETE … RETURNING}
   * would do it in one statement; HSQLDB has none, and the two statements work on both.
   */
  @Override
  public Optional<ServiceTicket> take(TokenHash id) {
    return jdbi.inTransaction(
        handle -> {
          Optional<ServiceTicketRow> row =
              handle
                  .createQuery(SELECT)
                  .bind("id", id.value())
                  .map(ServiceTicketRow.MAPPER)
                  .findOne();
          if (row.isEmpty()) {
            return Optional.empty();
          }
          int deleted = handle.createUpdate(DELETE).bind("id", id.value()).execute();
          return deleted == 1 ? row.map(ServiceTicketRow::toDomain) : Optional.empty();
        });
  }

  /**
   * {@code now} is truncated to the microsecond the column keeps: a ticket ending at or before the
   * exact instant ends at or before the truncated one, since its end is itself whole microseconds.
   */
  @Override
  public int removeExpired(Instant now) {
    return jdbi.withHandle(
        handle ->
            handle.createUpdate(DELETE_EXPIRED).bind("now", UtcTimestamps.toColumn(now)).execute());
  }
}
