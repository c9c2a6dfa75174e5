package org.singlepassword.application.service;

import java.util.List;
import java.util.Objects;
import org.singlepassword.application.port.in.activity.ListAccountActivityUseCase;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;

/** Use case: an account's recent activity, from the audit trail. */
public final class ListAccountActivityService implements ListAccountActivityUseCase {

  /** More would not fit a page, and the audit is not a bulk export. */
  public static final int MOST = 200;

  private final Transactions transactions;
  private final AuditTrail audit;

  public ListAccountActivityService(Transactions transactions, AuditTrail audit) {
    this.transactions = Objects.requireNonNull(transactions);
    this.audit = Objects.requireNonNull(audit);
  }

  @Override
  public List<AuditEvent> recentActivity(Username username, int limit) {
    int bounded = Math.max(1, Math.min(limit, MOST));
    return transactions.inTransactionReturning(() -> audit.recentFor(username, bounded));
  }
}
