package org.singlepassword.application.service;

import java.time.Clock;
import java.util.Objects;
import org.singlepassword.application.port.in.admin.AccountAlreadyExistsException;
import org.singlepassword.application.port.in.admin.ProvisionAccountCommand;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.ProvisionedAccount;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordContext;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Use case: an administrator creates an account with an initial password to be changed. */
public final class ProvisionAccountService implements ProvisionAccountUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final AuditTrail audit;
  private final PasswordPolicy policy;
  private final PasswordContexts contexts;
  private final PasswordHasher hasher;
  private final InitialPasswords initialPasswords;
  private final Clock clock;

  public ProvisionAccountService(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordPolicy policy,
      EServiceRegistry eServices,
      PasswordHasher hasher,
      InitialPasswords initialPasswords,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.audit = Objects.requireNonNull(audit);
    this.policy = Objects.requireNonNull(policy);
    this.contexts = new PasswordContexts(eServices);
    this.hasher = Objects.requireNonNull(hasher);
    this.initialPasswords = Objects.requireNonNull(initialPasswords);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public ProvisionedAccount provisionAccount(ProvisionAccountCommand command) {
    Password initial = command.initialPassword().orElseGet(initialPasswords::generate);
    // A typed password is the administrator's choice and is judged like the person's; a generated
    // one is random, and may by chance spell three letters of a name.
    PasswordContext context =
        command.initialPassword().isPresent()
            ? contexts.ofNewAccount(command.username(), command.displayName(), command.email())
            : PasswordContext.none();
    // Hashed before the transaction opens: the costly part holds no database connection.
    Account account =
        Account.issue(
            AccountId.random(),
            command.username(),
            command.displayName(),
            command.email(),
            initial,
            policy,
            context,
            hasher,
            Channel.ADMINISTRATOR,
            clock.instant());
    transactions.inTransaction(
        () -> {
          if (!accounts.addIfAbsent(account)) {
            throw new AccountAlreadyExistsException(command.username());
          }
          audit.record(
              new AuditEvent(
                  clock.instant(),
                  command.username(),
                  AuditEventType.ACCOUNT_CREATED,
                  Channel.ADMINISTRATOR));
        });
    return new ProvisionedAccount(account.username(), initial);
  }
}
