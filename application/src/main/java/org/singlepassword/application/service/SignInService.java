package org.singlepassword.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditEvent;
import org.singlepassword.application.port.out.AuditEventType;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.password.Verification;

/**
 * Use case: sign a person in. A failed attempt is recorded and committed before the uniform failure
 * is thrown, so that the audit keeps it; an outdated hash is renewed on success.
 */
public final class SignInService implements SignInUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final AuditTrail audit;
  private final PasswordHasher hasher;
  private final UnknownAccountDecoy decoy;
  private final Clock clock;

  public SignInService(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordHasher hasher,
      UnknownAccountDecoy decoy,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.audit = Objects.requireNonNull(audit);
    this.hasher = Objects.requireNonNull(hasher);
    this.decoy = Objects.requireNonNull(decoy);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public SignedIn signIn(SignInCommand command) {
    try {
      return transactions
          .inTransactionReturning(() -> attempt(command))
          .orElseThrow(IncorrectPasswordException::new);
    } catch (StaleAccountException stale) {
      throw new ConcurrentChangeException();
    }
  }

  private Optional<SignedIn> attempt(SignInCommand command) {
    Optional<Account> found = accounts.findByUsername(command.username());
    if (found.isEmpty()) {
      decoy.spendVerification(command.password());
      record(command, AuditEventType.SIGN_IN_FAILED);
      return Optional.empty();
    }
    Account account = found.get();
    Verification verification = account.verifyPassword(command.password(), hasher);
    if (!verification.isCorrect()) {
      record(command, AuditEventType.SIGN_IN_FAILED);
      return Optional.empty();
    }
    if (verification == Verification.CORRECT_AND_REHASHED) {
      accounts.update(account);
    }
    record(command, AuditEventType.SIGN_IN_SUCCEEDED);
    return Optional.of(Accounts.signedIn(account));
  }

  private void record(SignInCommand command, AuditEventType type) {
    audit.record(new AuditEvent(clock.instant(), command.username(), type, command.channel()));
  }
}
