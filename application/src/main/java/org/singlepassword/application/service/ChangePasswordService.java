package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditEvent;
import org.singlepassword.application.port.out.AuditEventType;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * Use case: change the single password. The account checks the current password, the rules and the
 * history; this service loads and saves it in one transaction, so that of two concurrent changes
 * from the same state exactly one is saved.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final AuditTrail audit;
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;
  private final UnknownAccountDecoy decoy;
  private final Clock clock;

  public ChangePasswordService(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordPolicy policy,
      PasswordHasher hasher,
      UnknownAccountDecoy decoy,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.audit = Objects.requireNonNull(audit);
    this.policy = Objects.requireNonNull(policy);
    this.hasher = Objects.requireNonNull(hasher);
    this.decoy = Objects.requireNonNull(decoy);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void changePassword(ChangePasswordCommand command) {
    Optional<IncorrectPasswordException> refused;
    try {
      refused = transactions.inTransactionReturning(() -> change(command));
    } catch (StaleAccountException stale) {
      throw new ConcurrentChangeException();
    }
    // Thrown after the commit, so that the refusal stays in the audit.
    refused.ifPresent(
        incorrect -> {
          throw incorrect;
        });
  }

  private Optional<IncorrectPasswordException> change(ChangePasswordCommand command) {
    Optional<Account> found = accounts.findByUsername(command.username());
    if (found.isEmpty()) {
      decoy.spendVerification(command.currentPassword());
      return refused(command, new IncorrectPasswordException());
    }
    Account account = found.get();
    Instant now = clock.instant();
    try {
      account.changePassword(
          command.currentPassword(), command.newPassword(), policy, hasher, command.channel(), now);
    } catch (IncorrectPasswordException incorrect) {
      return refused(command, incorrect);
    }
    accounts.update(account);
    audit.record(
        new AuditEvent(
            now, account.username(), AuditEventType.PASSWORD_CHANGED, command.channel()));
    return Optional.empty();
  }

  /** A wrong current password is a guess like a failed sign-in: it is kept in the audit. */
  private Optional<IncorrectPasswordException> refused(
      ChangePasswordCommand command, IncorrectPasswordException incorrect) {
    audit.record(
        new AuditEvent(
            clock.instant(),
            command.username(),
            AuditEventType.PASSWORD_CHANGE_REJECTED,
            command.channel()));
    return Optional.of(incorrect);
  }
}
