package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.SignInAttempt;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.token.SecretToken;

/**
 * Use case: change the single password. The account checks the current password, the rules (which
 * may compare the new password with the person's data, the e-services' names and the current
 * password) and the history; this service loads and saves it in one transaction, so that of two
 * concurrent changes from the same state exactly one is saved, and ends the account's other web
 * sessions.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final SessionStore sessions;
  private final AuditTrail audit;
  private final PasswordPolicy policy;
  private final PasswordContexts contexts;
  private final PasswordAging aging;
  private final Lockout lockout;
  private final PasswordHasher hasher;
  private final UnknownAccountDecoy decoy;
  private final AccountNotices notices;
  private final Clock clock;

  public ChangePasswordService(
      Transactions transactions,
      AccountRepository accounts,
      SessionStore sessions,
      AuditTrail audit,
      PasswordPolicy policy,
      EServiceRegistry eServices,
      PasswordAging aging,
      Lockout lockout,
      PasswordHasher hasher,
      UnknownAccountDecoy decoy,
      AccountNotices notices,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.sessions = Objects.requireNonNull(sessions);
    this.audit = Objects.requireNonNull(audit);
    this.policy = Objects.requireNonNull(policy);
    this.contexts = new PasswordContexts(eServices);
    this.aging = Objects.requireNonNull(aging);
    this.lockout = Objects.requireNonNull(lockout);
    this.hasher = Objects.requireNonNull(hasher);
    this.decoy = Objects.requireNonNull(decoy);
    this.notices = Objects.requireNonNull(notices);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void changePassword(ChangePasswordCommand command) {
    Outcome outcome;
    try {
      outcome = transactions.inTransactionReturning(() -> change(command));
    } catch (StaleAccountException stale) {
      throw new ConcurrentChangeException();
    }
    // Thrown after the commit, so that the refusal stays in the audit and the lockout count.
    if (outcome.refusal().isPresent()) {
      throw outcome.refusal().get();
    }
    Account changed = outcome.changed().orElseThrow();
    notices.send(
        changed,
        new PasswordChangedNotice(
            changed.email(), changed.displayName(), changed.passwordChangedAt(), command.channel()),
        command.channel());
  }

  /** The changed account, or the refusal to throw once the attempt is committed. */
  private record Outcome(Optional<Account> changed, Optional<RuntimeException> refusal) {
    static Outcome refused(RuntimeException refusal) {
      return new Outcome(Optional.empty(), Optional.of(refusal));
    }
  }

  private Outcome change(ChangePasswordCommand command) {
    Instant now = clock.instant();
    Optional<Account> found = accounts.findByUsername(command.username());
    if (found.isEmpty()) {
      decoy.spendVerification(command.currentPassword());
      record(command, AuditEventType.PASSWORD_CHANGE_REJECTED, now);
      return Outcome.refused(new IncorrectPasswordException());
    }
    Account account = found.get();
    if (account.isLockedAt(now)) {
      record(command, AuditEventType.PASSWORD_CHANGE_REJECTED, now);
      return Outcome.refused(new AccountLockedException(account.lockedUntil().orElseThrow()));
    }
    if (!account.enabled()) {
      // As at sign-in: only someone who knows the password learns that the account is disabled.
      if (!account.verifyPassword(command.currentPassword(), hasher).isCorrect()) {
        return Outcome.refused(guessed(account, command, now));
      }
      record(command, AuditEventType.PASSWORD_CHANGE_REJECTED, now);
      return Outcome.refused(new AccountDisabledException());
    }
    try {
      account.changePassword(
          command.currentPassword(),
          command.newPassword(),
          policy,
          contexts.of(account),
          aging,
          hasher,
          command.channel(),
          now);
    } catch (IncorrectPasswordException incorrect) {
      return Outcome.refused(guessed(account, command, now));
    }
    accounts.update(account);
    sessions.removeAllOf(account.id(), command.keptSession().map(SecretToken::hash));
    record(command, AuditEventType.PASSWORD_CHANGED, now);
    return new Outcome(Optional.of(account), Optional.empty());
  }

  /** A wrong current password is a guess like a failed sign-in: counted, and kept in the audit. */
  private RuntimeException guessed(Account account, ChangePasswordCommand command, Instant now) {
    SignInAttempt attempt = account.recordFailedAttempt(lockout, now);
    accounts.update(account);
    record(command, AuditEventType.PASSWORD_CHANGE_REJECTED, now);
    if (attempt == SignInAttempt.LOCKED_NOW) {
      record(command, AuditEventType.ACCOUNT_LOCKED, now);
      return new AccountLockedException(account.lockedUntil().orElseThrow());
    }
    return new IncorrectPasswordException();
  }

  private void record(ChangePasswordCommand command, AuditEventType type, Instant now) {
    audit.record(
        new AuditEvent(now, command.username(), type, command.channel(), command.clientAddress()));
  }
}
