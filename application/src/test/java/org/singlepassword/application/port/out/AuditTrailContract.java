package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.singlepassword.application.port.out.ContractSamples.ISSUED_AT;
import static org.singlepassword.application.port.out.ContractSamples.LATER;
import static org.singlepassword.application.port.out.ContractSamples.uniqueUsername;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * Port contract: what every {@link AuditTrail} does, run against the recording fake and each real
 * adapter. An account's recent activity is its events newest first, those of one instant in the
 * reverse order they were recorded; usernames are unique per test, so one database can serve a test
 * class, and instants are given at microsecond precision, the most an adapter keeps.
 */
public abstract class AuditTrailContract {

  /** The trail under test; every call within one test returns the same store. */
  protected abstract AuditTrail auditTrail();

  @Test
  void listsAnAccountsEventsNewestFirst() {
    Username username = uniqueUsername();
    List<AuditEvent> oldestFirst =
        List.of(
            event(username, ISSUED_AT, AuditEventType.ACCOUNT_CREATED),
            event(username, LATER, AuditEventType.SIGN_IN_SUCCEEDED),
            event(username, LATER.plusSeconds(60), AuditEventType.PASSWORD_CHANGED));
    oldestFirst.forEach(auditTrail()::record);

    assertEquals(reversed(oldestFirst), auditTrail().recentFor(username, 10));
  }

  /** Events recorded in one transaction, such as the failed sign-in and the lock it caused. */
  @Test
  void listsTheEventsOfOneInstantLastRecordedFirst() {
    Username username = uniqueUsername();
    List<AuditEvent> recorded =
        Stream.of(AuditEventType.values()).map(type -> event(username, LATER, type)).toList();
    recorded.forEach(auditTrail()::record);

    assertEquals(reversed(recorded), auditTrail().recentFor(username, recorded.size()));
  }

  /** A transaction that took its instant earlier may commit later: the instant decides. */
  @Test
  void ordersByTheInstantOfEachEventNotByWhenItWasRecorded() {
    Username username = uniqueUsername();
    AuditEvent newer = event(username, LATER, AuditEventType.SIGN_IN_FAILED);
    AuditEvent older = event(username, ISSUED_AT, AuditEventType.ACCOUNT_CREATED);
    auditTrail().record(newer);
    auditTrail().record(older);

    assertEquals(List.of(newer, older), auditTrail().recentFor(username, 10));
  }

  @Test
  void givesAtMostTheLimitTheNewestOfThem() {
    Username username = uniqueUsername();
    List<AuditEvent> oldestFirst = new ArrayList<>();
    for (int minute = 0; minute < 5; minute++) {
      oldestFirst.add(
          event(username, LATER.plusSeconds(60L * minute), AuditEventType.SIGN_IN_FAILED));
    }
    oldestFirst.forEach(auditTrail()::record);

    assertEquals(reversed(oldestFirst).subList(0, 2), auditTrail().recentFor(username, 2));
    assertEquals(reversed(oldestFirst), auditTrail().recentFor(username, 5));
    assertEquals(List.of(), auditTrail().recentFor(username, 0));
  }

  @Test
  void refusesANegativeLimit() {
    Username username = uniqueUsername();

    assertThrows(IllegalArgumentException.class, () -> auditTrail().recentFor(username, -1));
  }

  @Test
  void leavesOutTheEventsOfEveryOtherUsername() {
    Username username = uniqueUsername();
    Username someoneElse = uniqueUsername();
    AuditEvent mine = event(username, ISSUED_AT, AuditEventType.SIGN_IN_SUCCEEDED);
    auditTrail().record(event(someoneElse, ISSUED_AT, AuditEventType.SIGN_IN_FAILED));
    auditTrail().record(mine);
    auditTrail().record(event(someoneElse, LATER, AuditEventType.ACCOUNT_LOCKED));

    assertEquals(List.of(mine), auditTrail().recentFor(username, 10));
  }

  @Test
  void findsNothingForAUsernameWithNoEvents() {
    assertEquals(List.of(), auditTrail().recentFor(uniqueUsername(), 10));
  }

  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#everyChannel")
  void keepsTheChannelOfEachEvent(Channel channel) {
    Username username = uniqueUsername();
    AuditEvent event =
        new AuditEvent(LATER, username, AuditEventType.PASSWORD_CHANGED, channel, Optional.empty());

    auditTrail().record(event);

    assertEquals(List.of(event), auditTrail().recentFor(username, 10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "192.0.2.10",
        "2001:db8:85a3::8a2e:370:7334",
        "::ffff:203.0.113.255",
        // 64 characters, the longest the domain accepts: the longest IPv6 text, with a zone.
        "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255%ethernet-adapter01"
      })
  void keepsTheClientAddressOfAnEvent(String address) {
    Username username = uniqueUsername();
    AuditEvent event =
        new AuditEvent(
            LATER,
            username,
            AuditEventType.SIGN_IN_FAILED,
            Channel.WEB_FORM,
            Optional.of(new ClientAddress(address)));

    auditTrail().record(event);

    assertEquals(List.of(event), auditTrail().recentFor(username, 10));
  }

  @Test
  void keepsAnEventWithoutAClientAddressWithoutOne() {
    Username username = uniqueUsername();
    AuditEvent event =
        new AuditEvent(LATER, username, AuditEventType.ACCOUNT_DISABLED, Channel.ADMINISTRATOR);

    auditTrail().record(event);

    assertEquals(List.of(event), auditTrail().recentFor(username, 10));
  }

  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#trickyInstants")
  void keepsTheInstantOfAnEventToTheMicrosecond(Instant at) {
    Username username = uniqueUsername();
    AuditEvent event = event(username, at, AuditEventType.SIGN_IN_SUCCEEDED);

    auditTrail().record(event);

    assertEquals(List.of(event), auditTrail().recentFor(username, 10));
  }

  private static AuditEvent event(Username username, Instant at, AuditEventType type) {
    return new AuditEvent(
        at, username, type, Channel.WEB_FORM, Optional.of(new ClientAddress("198.51.100.7")));
  }

  private static List<AuditEvent> reversed(List<AuditEvent> events) {
    List<AuditEvent> copy = new ArrayList<>(events);
    Collections.reverse(copy);
    return copy;
  }
}
