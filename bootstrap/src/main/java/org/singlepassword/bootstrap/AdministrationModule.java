package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.singlepassword.application.admission.HashingGate;
import org.singlepassword.application.port.in.accounts.AdministerAccountUseCase;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ShowAccountUseCase;
import org.singlepassword.application.port.in.activity.ListAccountActivityUseCase;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.service.AdministerAccountService;
import org.singlepassword.application.service.AuthenticateEServiceService;
import org.singlepassword.application.service.ImportAccountsService;
import org.singlepassword.application.service.InitialPasswords;
import org.singlepassword.application.service.ListAccountActivityService;
import org.singlepassword.application.service.ProvisionAccountService;
import org.singlepassword.application.service.RegisterEServiceService;
import org.singlepassword.application.service.ShowAccountService;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * Wiring: the use cases of IT administrators: provisioning, account actions, e-services. Those that
 * hash are admitted through the {@link HashingGate} like a person's sign-in.
 */
final class AdministrationModule extends AbstractModule {

  @Provides
  @Singleton
  ProvisionAccountUseCase provisionAccount(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordPolicy policy,
      EServiceRegistry eServices,
      PasswordHasher hasher,
      InitialPasswords initialPasswords,
      HashingGate gate,
      Clock clock) {
    ProvisionAccountService service =
        new ProvisionAccountService(
            transactions, accounts, audit, policy, eServices, hasher, initialPasswords, clock);
    return command -> gate.admitReturning(() -> service.provisionAccount(command));
  }

  @Provides
  @Singleton
  ImportAccountsUseCase importAccounts(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordPolicy policy,
      PasswordHasher hasher,
      InitialPasswords initialPasswords,
      HashingGate gate,
      Clock clock) {
    // One place for the whole import: its hashes then wait for permits with everyone else's.
    ImportAccountsService service =
        new ImportAccountsService(
            transactions, accounts, audit, policy, hasher, initialPasswords, clock);
    return command -> gate.admitReturning(() -> service.importAccounts(command));
  }

  @Provides
  @Singleton
  ShowAccountUseCase showAccount(
      Transactions transactions, AccountRepository accounts, PasswordAging aging, Clock clock) {
    return new ShowAccountService(transactions, accounts, aging, clock);
  }

  @Provides
  @Singleton
  AdministerAccountUseCase administerAccount(
      Transactions transactions,
      AccountRepository accounts,
      SessionStore sessions,
      AuditTrail audit,
      Clock clock) {
    return new AdministerAccountService(transactions, accounts, sessions, audit, clock);
  }

  @Provides
  @Singleton
  ListAccountActivityUseCase listAccountActivity(Transactions transactions, AuditTrail audit) {
    return new ListAccountActivityService(transactions, audit);
  }

  @Provides
  @Singleton
  RegisterEServiceUseCase registerEService(
      Transactions transactions, EServiceRegistry registry, SecureRandom random) {
    return new RegisterEServiceService(transactions, registry, random);
  }

  @Provides
  @Singleton
  AuthenticateEServiceUseCase authenticateEService(EServiceRegistry registry) {
    return new AuthenticateEServiceService(registry);
  }
}
