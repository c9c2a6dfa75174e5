package org.singlepassword.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.accounts.AdministerAccountCommand;
import org.singlepassword.application.port.in.accounts.AdministerAccountUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;

/**
 * Use case: IT unlocks an account, forces a password change, disables or enables it. Disabling also
 * ends the account's web sessions, so that it takes effect at once.
 */
public final class AdministerAccountService implements AdministerAccountUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final SessionStore sessions;
  private final AuditTrail audit;
  private final Clock clock;

  public AdministerAccountService(
      Transactions transactions,
      AccountRepository accounts,
      SessionStore sessions,
      AuditTrail audit,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.sessions = Objects.requireNonNull(sessions);
    this.audit = Objects.requireNonNull(audit);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void administerAccount(AdministerAccountCommand command) {
    try {
      transactions.inTransaction(() -> administer(command));
    } catch (StaleAccountException stale) {
      throw new ConcurrentChangeException();
    }
  }

  private void administer(AdministerAccountCommand command) {
    Account account =
        accounts
            .findByUsername(command.username())
            .orElseThrow(() -> new AccountNotFoundException(command.username()));
    AuditEventType recorded =
        switch (command.action()) {
          case UNLOCK -> {
            account.unlock();
            yield AuditEventType.ACCOUNT_UNLOCKED;
          }
          case EXPIRE_PASSWORD -> {
            account.expirePassword();
            yield AuditEventType.PASSWORD_EXPIRED_BY_ADMINISTRATOR;
          }
          case DISABLE -> {
            account.disable();
            sessions.removeAllOf(account.id(), Optional.empty());
            yield AuditEventType.ACCOUNT_DISABLED;
          }
          case ENABLE -> {
            account.enable();
            yield AuditEventType.ACCOUNT_ENABLED;
          }
        };
    accounts.update(account);
    audit.record(
        new AuditEvent(clock.instant(), account.username(), recorded, Channel.ADMINISTRATOR));
  }
}
