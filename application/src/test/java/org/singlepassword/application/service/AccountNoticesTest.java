package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.fakes.RecordingNotifications;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;
import org.singlepassword.application.port.out.notices.Notifications;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.eservice.EServiceId;

/** Notices sent after a committed change: a refusing mail system is audited, never fatal. */
class AccountNoticesTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");

  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final CommitRecordingTransactions transactions = new CommitRecordingTransactions();
  private final FakeClock clock = new FakeClock(NOW);
  private final Account chan = ExampleAccounts.issue(new FakePasswordHasher());
  private final PasswordChangedNotice notice =
      new PasswordChangedNotice(chan.email(), chan.displayName(), NOW, Channel.PASSWORD_RESET);

  private final Notifications refusing =
      refused -> {
        throw new NoticeNotSentException("SMTP server down", new IllegalStateException("refused"));
      };

  static Stream<Channel> channels() {
    return Stream.of(
        Channel.WEB_FORM,
        Channel.ADMINISTRATOR,
        Channel.PASSWORD_RESET,
        Channel.eService(new EServiceId("soul")));
  }

  @Nested
  class WhenTheMailSystemTakesTheNotice {

    @Test
    void passesTheNoticeOnAsItIs() {
      RecordingNotifications notifications = new RecordingNotifications();

      new AccountNotices(notifications, transactions, audit, clock)
          .send(chan, notice, Channel.PASSWORD_RESET);

      assertEquals(List.of(notice), notifications.sent());
    }

    @Test
    void recordsNothing() {
      new AccountNotices(new RecordingNotifications(), transactions, audit, clock)
          .send(chan, notice, Channel.PASSWORD_RESET);

      assertTrue(audit.events().isEmpty());
      assertEquals(0, transactions.committed());
    }
  }

  @Nested
  class WhenTheMailSystemRefusesTheNotice {

    private final AccountNotices notices = new AccountNotices(refusing, transactions, audit, clock);

    @Test
    void doesNotPassTheFailureOnToTheChangeThatWasMade() {
      assertDoesNotThrow(() -> notices.send(chan, notice, Channel.PASSWORD_RESET));
    }

    @ParameterizedTest
    @MethodSource("org.singlepassword.application.service.AccountNoticesTest#channels")
    void recordsNoticeNotSentWithTheGivenChannel(Channel channel) {
      notices.send(chan, notice, channel);

      assertEquals(
          List.of(new AuditEvent(NOW, CHAN, AuditEventType.NOTICE_NOT_SENT, channel)),
          audit.events());
    }

    @Test
    void recordsTheFailureAtTheMomentItHappened() {
      Instant later = NOW.plusSeconds(90);
      clock.set(later);

      notices.send(chan, notice, Channel.WEB_FORM);

      assertEquals(later, audit.events().get(0).at());
    }

    @Test
    void commitsTheRecordOfTheFailure() {
      notices.send(chan, notice, Channel.WEB_FORM);

      assertEquals(1, transactions.committed());
      assertEquals(0, transactions.rolledBack());
    }
  }
}
