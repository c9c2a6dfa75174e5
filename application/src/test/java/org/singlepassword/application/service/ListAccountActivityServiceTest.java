package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;

/** An account's recent activity, for the person on My Profile and for IT. */
class ListAccountActivityServiceTest {

  private static final Instant START = Instant.parse("2025-09-03T10:15:00Z");
  private static final Username WONG = new Username("wong.ky");

  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final ListAccountActivityService service =
      new ListAccountActivityService(new DirectTransactions(), audit);

  /** Records an event of that username at START plus that many minutes. */
  private AuditEvent record(Username username, int minute, AuditEventType type) {
    AuditEvent event =
        new AuditEvent(START.plus(Duration.ofMinutes(minute)), username, type, Channel.WEB_FORM);
    audit.record(event);
    return event;
  }

  @Nested
  class WithAFewEvents {

    private final AuditEvent failed = record(CHAN, 0, AuditEventType.SIGN_IN_FAILED);
    private final AuditEvent signedIn = record(CHAN, 1, AuditEventType.SIGN_IN_SUCCEEDED);
    private final AuditEvent othersEvent = record(WONG, 2, AuditEventType.SIGN_IN_SUCCEEDED);
    private final AuditEvent changed = record(CHAN, 3, AuditEventType.PASSWORD_CHANGED);

    @Test
    void listsOnlyThatAccountsEventsNewestFirst() {
      assertEquals(List.of(changed, signedIn, failed), service.recentActivity(CHAN, 10));
      assertEquals(List.of(othersEvent), service.recentActivity(WONG, 10));
    }

    @Test
    void keepsToTheLimitWithTheNewest() {
      assertEquals(List.of(changed, signedIn), service.recentActivity(CHAN, 2));
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void listsAtLeastTheNewestEvent(int limit) {
      assertEquals(List.of(changed), service.recentActivity(CHAN, limit));
    }
  }

  @Test
  void listsNothingForAnAccountWithoutActivity() {
    assertEquals(List.of(), service.recentActivity(CHAN, 10));
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {201, 1_000, Integer.MAX_VALUE})
  void listsAtMostTwoHundredEvents(int limit) {
    for (int minute = 0; minute < 250; minute++) {
      record(CHAN, minute, AuditEventType.SIGN_IN_SUCCEEDED);
    }

    List<AuditEvent> listed = service.recentActivity(CHAN, limit);

    assertEquals(ListAccountActivityService.MOST, listed.size());
    assertEquals(START.plus(Duration.ofMinutes(249)), listed.get(0).at());
    assertEquals(START.plus(Duration.ofMinutes(50)), listed.get(199).at());
  }
}
