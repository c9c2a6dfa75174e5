package org.singlepassword.adapters.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.JdbiTransactions;
import org.singlepassword.adapters.persistence.TestDatabase;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.AuditTrailContract;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * The audit trail contract, run against a real database and the real SQL, and the trail read back
 * with plain SQL as IT would read it: what is stored must make sense without this adapter's code,
 * its instants in UTC. One subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiAuditTrailTest extends AuditTrailContract {

  private static final String SELECT_BY_USERNAME =
      """
      SELECT occurred_at, username, type, channel, client_address
        FROM audit_events
       WHERE username = :username
       ORDER BY id
      """;

  private Database database;
  private JdbiAuditTrail audit;

  /** A stored event, column by column, in the words the table uses. */
  private record StoredEvent(
      OffsetDateTime occurredAt,
      String username,
      String type,
      String channel,
      String clientAddress) {}

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    audit = new JdbiAuditTrail(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  protected Database database() {
    return database;
  }

  @Override
  protected AuditTrail auditTrail() {
    return audit;
  }

  @Test
  void appendsEachEventInOrderWithItsInstantTypeChannelAndAddress() {
    Username username = newUsername();
    Instant first = Instant.parse("2024-10-27T01:30:00.123456Z");
    Instant second = Instant.parse("2024-10-27T00:30:00.654321Z");

    audit.record(
        new AuditEvent(
            first,
            username,
            AuditEventType.SIGN_IN_FAILED,
            Channel.WEB_FORM,
            Optional.of(new ClientAddress("2001:db8::7"))));
    audit.record(
        new AuditEvent(
            second,
            username,
            AuditEventType.PASSWORD_CHANGED,
            Channel.eService(new EServiceId("learner-portal"))));

    assertEquals(
        List.of(
            new StoredEvent(utc(first), username.value(), "SIGN_IN_FAILED", "web", "2001:db8::7"),
            new StoredEvent(
                utc(second),
                username.value(),
                "PASSWORD_CHANGED",
                "e-service:learner-portal",
                null)),
        storedEvents(username));
  }

  /** Truncated, not rounded: the event must not appear to happen after it did. */
  @Test
  void storesTheInstantInUtcTruncatedToTheMicrosecond() {
    Username username = newUsername();
    Instant at = Instant.parse("2024-12-31T23:59:59.999999999Z");

    audit.record(new AuditEvent(at, username, AuditEventType.SIGN_IN_SUCCEEDED, Channel.WEB_FORM));

    assertEquals(
        OffsetDateTime.parse("2024-12-31T23:59:59.999999Z"),
        storedEvents(username).get(0).occurredAt());
  }

  @Test
  void keepsEveryTypeOfEventByItsName() {
    Username username = newUsername();
    Instant at = Instant.parse("2025-01-06T09:00:00Z");

    for (AuditEventType type : AuditEventType.values()) {
      audit.record(new AuditEvent(at, username, type, Channel.ADMINISTRATOR));
    }

    assertEquals(
        List.of(AuditEventType.values()).stream().map(Enum::name).toList(),
        storedEvents(username).stream().map(StoredEvent::type).toList());
  }

  @Test
  void anEventOfATransactionRolledBackIsNotKept() {
    Username username = newUsername();
    AuditEvent event =
        new AuditEvent(
            Instant.parse("2025-01-06T09:00:00Z"),
            username,
            AuditEventType.PASSWORD_CHANGED,
            Channel.WEB_FORM);

    assertThrows(
        IllegalStateException.class,
        () ->
            new JdbiTransactions(database.jdbi())
                .inTransaction(
                    () -> {
                      audit.record(event);
                      throw new IllegalStateException("the change failed after the audit");
                    }));

    assertEquals(List.of(), storedEvents(username));
  }

  private List<StoredEvent> storedEvents(Username username) {
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(SELECT_BY_USERNAME)
                    .bind("username", username.value())
                    .map(
                        (row, context) ->
                            new StoredEvent(
                                row.getObject("occurred_at", OffsetDateTime.class),
                                row.getString("username"),
                                row.getString("type"),
                                row.getString("channel"),
                                row.getString("client_address")))
                    .list());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Username newUsername() {
    return new Username("audited." + UUID.randomUUID().toString().substring(0, 8));
  }
}
