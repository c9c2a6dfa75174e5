package org.singlepassword.application.service;

import java.time.Clock;
import java.util.Objects;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;
import org.singlepassword.application.port.out.notices.Notifications;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;

/**
 * Sends a notice about an account after its change was committed (a rolled-back change must not
 * announce itself). A mail system that refuses it does not undo the change: the failure is audited
 * for IT instead.
 */
public final class AccountNotices {

  private final Notifications notifications;
  private final Transactions transactions;
  private final AuditTrail audit;
  private final Clock clock;

  public AccountNotices(
      Notifications notifications, Transactions transactions, AuditTrail audit, Clock clock) {
    this.notifications = Objects.requireNonNull(notifications);
    this.transactions = Objects.requireNonNull(transactions);
    this.audit = Objects.requireNonNull(audit);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Sends the notice; false when the mail system refused it (and that was audited). */
  boolean send(Account account, Notice notice, Channel channel) {
    try {
      notifications.send(notice);
      return true;
    } catch (NoticeNotSentException notSent) {
      transactions.inTransaction(
          () ->
              audit.record(
                  new AuditEvent(
                      clock.instant(),
                      account.username(),
                      AuditEventType.NOTICE_NOT_SENT,
                      channel)));
      return false;
    }
  }
}
