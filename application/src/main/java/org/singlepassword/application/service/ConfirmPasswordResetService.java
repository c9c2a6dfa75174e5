package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.InvalidResetLinkException;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.reset.PasswordReset;

/**
 * Use case: set a new password through an e-mailed link. The link is single-use and only the newest
 * one of the account works; afterwards every session ends and the person is told by e-mail that the
 * password changed.
 */
public final class ConfirmPasswordResetService implements ConfirmPasswordResetUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordResets resets;
  private final SessionStore sessions;
  private final AuditTrail audit;
  private final AccountNotices notices;
  private final PasswordPolicy policy;
  private final PasswordContexts contexts;
  private final PasswordHasher hasher;
  private final Clock clock;

  public ConfirmPasswordResetService(
      Transactions transactions,
      AccountRepository accounts,
      PasswordResets resets,
      SessionStore sessions,
      AuditTrail audit,
      AccountNotices notices,
      PasswordPolicy policy,
      EServiceRegistry eServices,
      PasswordHasher hasher,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.resets = Objects.requireNonNull(resets);
    this.sessions = Objects.requireNonNull(sessions);
    this.audit = Objects.requireNonNull(audit);
    this.notices = Objects.requireNonNull(notices);
    this.policy = Objects.requireNonNull(policy);
    this.contexts = new PasswordContexts(eServices);
    this.hasher = Objects.requireNonNull(hasher);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void confirmPasswordReset(ConfirmPasswordResetCommand command) {
    Account account;
    try {
      account = transactions.inTransactionReturning(() -> reset(command));
    } catch (StaleAccountException stale) {
      throw new ConcurrentChangeException();
    }
    notices.send(
        account,
        new PasswordChangedNotice(
            account.email(),
            account.displayName(),
            account.passwordChangedAt(),
            Channel.PASSWORD_RESET),
        Channel.PASSWORD_RESET);
  }

  private Account reset(ConfirmPasswordResetCommand command) {
    Instant now = clock.instant();
    PasswordReset reset =
        resets.find(command.token().hash()).orElseThrow(InvalidResetLinkException::new);
    Account account =
        accounts.findById(reset.accountId()).orElseThrow(InvalidResetLinkException::new);
    Optional<PasswordReset> newest = resets.newestFor(account.id());
    if (!newest.map(reset::equals).orElse(false)
        || !reset.isUsableFor(account, now)
        || !account.enabled()) {
      throw new InvalidResetLinkException();
    }
    // No current password is known here, so the likeness to it cannot be judged.
    account.resetPassword(command.newPassword(), policy, contexts.of(account), hasher, now);
    accounts.update(account);
    resets.removeAllOf(account.id());
    sessions.removeAllOf(account.id(), Optional.empty());
    audit.record(
        new AuditEvent(
            now,
            account.username(),
            AuditEventType.PASSWORD_CHANGED,
            Channel.PASSWORD_RESET,
            command.clientAddress()));
    return account;
  }
}
