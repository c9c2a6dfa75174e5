package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.SignInAttempt;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordAging;

/**
 * Use case: sign a person in. Every attempt is recorded, and a refusal is committed before it is
 * thrown, so that failed attempts count towards the lockout and stay in the audit.
 */
public final class SignInService implements SignInUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final AuditTrail audit;
  private final PasswordHasher hasher;
  private final UnknownAccountDecoy decoy;
  private final Lockout lockout;
  private final PasswordAging aging;
  private final Clock clock;

  public SignInService(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordHasher hasher,
      UnknownAccountDecoy decoy,
      Lockout lockout,
      PasswordAging aging,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.audit = Objects.requireNonNull(audit);
    this.hasher = Objects.requireNonNull(hasher);
    this.decoy = Objects.requireNonNull(decoy);
    this.lockout = Objects.requireNonNull(lockout);
    this.aging = Objects.requireNonNull(aging);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Attempts that lose a race to record themselves are tried again, this many times at most. */
  private static final int TRIES = 3;

  @Override
  public SignedIn signIn(SignInCommand command) {
    for (int tried = 1; ; tried++) {
      try {
        Outcome outcome = transactions.inTransactionReturning(() -> attempt(command));
        return outcome.signedIn().orElseThrow(outcome::refusal);
      } catch (StaleAccountException stale) {
        // Another attempt on the same account saved first: judge this one again on fresh state,
        // so a wrong password is still answered (and counted) as one.
        if (tried == TRIES) {
          throw new ConcurrentChangeException();
        }
      }
    }
  }

  /** A person signed in, or the refusal to throw once the attempt is committed. */
  private record Outcome(Optional<SignedIn> signedIn, RuntimeException refusal) {}

  private Outcome attempt(SignInCommand command) {
    Instant now = clock.instant();
    Optional<Account> found = accounts.findByUsername(command.username());
    if (found.isEmpty()) {
      decoy.spendVerification(command.password());
      record(command, AuditEventType.SIGN_IN_FAILED, now);
      return refused(new IncorrectPasswordException());
    }
    Account account = found.get();
    AccountState before = account.state();
    SignInAttempt attempt = account.signIn(command.password(), hasher, lockout, now);
    if (!account.state().equals(before)) {
      accounts.update(account);
    }
    return switch (attempt) {
      case SIGNED_IN -> {
        record(command, AuditEventType.SIGN_IN_SUCCEEDED, now);
        yield new Outcome(Optional.of(Accounts.signedIn(account, aging, now)), null);
      }
      case INCORRECT -> {
        record(command, AuditEventType.SIGN_IN_FAILED, now);
        yield refused(new IncorrectPasswordException());
      }
      case LOCKED_NOW -> {
        record(command, AuditEventType.SIGN_IN_FAILED, now);
        record(command, AuditEventType.ACCOUNT_LOCKED, now);
        yield refused(new AccountLockedException(account.lockedUntil().orElseThrow()));
      }
      case LOCKED -> {
        record(command, AuditEventType.SIGN_IN_REFUSED, now);
        yield refused(new AccountLockedException(account.lockedUntil().orElseThrow()));
      }
      case DISABLED -> {
        record(command, AuditEventType.SIGN_IN_REFUSED, now);
        yield refused(new AccountDisabledException());
      }
    };
  }

  private static Outcome refused(RuntimeException refusal) {
    return new Outcome(Optional.empty(), refusal);
  }

  private void record(SignInCommand command, AuditEventType type, Instant now) {
    audit.record(
        new AuditEvent(now, command.username(), type, command.channel(), command.clientAddress()));
  }
}
