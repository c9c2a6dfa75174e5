package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.singlepassword.application.port.in.accounts.AdministerAccountUseCase;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ShowAccountUseCase;
import org.singlepassword.application.port.in.activity.ListAccountActivityUseCase;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.RequestPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.SendExpiryWarningsUseCase;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.in.signin.ResumeSessionUseCase;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.ExpiryWarnings;
import org.singlepassword.application.port.out.Links;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.port.out.notices.Notifications;
import org.singlepassword.application.service.AccountNotices;
import org.singlepassword.application.service.AdministerAccountService;
import org.singlepassword.application.service.AuthenticateEServiceService;
import org.singlepassword.application.service.ChangePasswordService;
import org.singlepassword.application.service.ConfirmPasswordResetService;
import org.singlepassword.application.service.EndSessionService;
import org.singlepassword.application.service.ImportAccountsService;
import org.singlepassword.application.service.InitialPasswords;
import org.singlepassword.application.service.ListAccountActivityService;
import org.singlepassword.application.service.OpenSessionService;
import org.singlepassword.application.service.ProvisionAccountService;
import org.singlepassword.application.service.RegisterEServiceService;
import org.singlepassword.application.service.RequestPasswordResetService;
import org.singlepassword.application.service.ResumeSessionService;
import org.singlepassword.application.service.SendExpiryWarningsService;
import org.singlepassword.application.service.ShowAccountService;
import org.singlepassword.application.service.ShowPasswordPolicyService;
import org.singlepassword.application.service.SignInService;
import org.singlepassword.application.service.UnknownAccountDecoy;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.session.SessionTimeouts;

/** Wiring: each incoming port to its use case, with the policy, clock and randomness it needs. */
final class ApplicationModule extends AbstractModule {

  private final Settings settings;
  private final BackgroundWork background;

  ApplicationModule(Settings settings, BackgroundWork background) {
    this.settings = settings;
    this.background = background;
  }

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  SecureRandom random() {
    return new SecureRandom();
  }

  @Provides
  @Singleton
  PasswordPolicy policy() {
    Settings.PolicySettings policy = settings.policy();
    return PasswordPolicy.faq(
        policy.minLength(),
        policy.maxLength(),
        policy.forbiddenCharacters(),
        policy.historyDepth());
  }

  @Provides
  @Singleton
  PasswordAging passwordAging() {
    Settings.AgingSettings aging = settings.aging();
    return new PasswordAging(aging.maxAge(), aging.expiryWarning(), aging.minAge());
  }

  @Provides
  @Singleton
  Lockout lockout() {
    return new Lockout(settings.lockout().threshold(), settings.lockout().duration());
  }

  @Provides
  @Singleton
  SessionTimeouts sessionTimeouts() {
    return new SessionTimeouts(settings.sessionIdleTimeout(), settings.sessionAbsoluteTimeout());
  }

  @Provides
  @Singleton
  UnknownAccountDecoy decoy(PasswordHasher hasher) {
    return new UnknownAccountDecoy(hasher);
  }

  @Provides
  @Singleton
  InitialPasswords initialPasswords(PasswordPolicy policy, SecureRandom random) {
    return new InitialPasswords(policy, random);
  }

  @Provides
  @Singleton
  ShowPasswordPolicyUseCase showPolicy(PasswordPolicy policy) {
    return new ShowPasswordPolicyService(policy);
  }

  @Provides
  @Singleton
  ChangePasswordUseCase changePassword(
      Transactions transactions,
      AccountRepository accounts,
      SessionStore sessions,
      AuditTrail audit,
      PasswordPolicy policy,
      PasswordAging aging,
      Lockout lockout,
      PasswordHasher hasher,
      UnknownAccountDecoy decoy,
      AccountNotices notices,
      Clock clock) {
    return new ChangePasswordService(
        transactions,
        accounts,
        sessions,
        audit,
        policy,
        aging,
        lockout,
        hasher,
        decoy,
        notices,
        clock);
  }

  @Provides
  @Singleton
  AccountNotices accountNotices(
      Notifications notifications, Transactions transactions, AuditTrail audit, Clock clock) {
    return new AccountNotices(notifications, transactions, audit, clock);
  }

  @Provides
  @Singleton
  RequestPasswordResetUseCase requestPasswordReset(
      Transactions transactions,
      AccountRepository accounts,
      PasswordResets resets,
      AuditTrail audit,
      AccountNotices notices,
      Links links,
      SecureRandom random,
      Clock clock) {
    return new RequestPasswordResetService(
        transactions,
        accounts,
        resets,
        audit,
        notices,
        links,
        background.handOff(),
        random,
        settings.resetLinkLifetime(),
        clock);
  }

  @Provides
  @Singleton
  ConfirmPasswordResetUseCase confirmPasswordReset(
      Transactions transactions,
      AccountRepository accounts,
      PasswordResets resets,
      SessionStore sessions,
      AuditTrail audit,
      AccountNotices notices,
      PasswordPolicy policy,
      PasswordHasher hasher,
      Clock clock) {
    return new ConfirmPasswordResetService(
        transactions, accounts, resets, sessions, audit, notices, policy, hasher, clock);
  }

  @Provides
  @Singleton
  SendExpiryWarningsUseCase sendExpiryWarnings(
      Transactions transactions,
      AccountRepository accounts,
      ExpiryWarnings warnings,
      AccountNotices notices,
      PasswordAging aging,
      Clock clock) {
    return new SendExpiryWarningsService(transactions, accounts, warnings, notices, aging, clock);
  }

  @Provides
  @Singleton
  SignInUseCase signIn(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordHasher hasher,
      UnknownAccountDecoy decoy,
      Lockout lockout,
      PasswordAging aging,
      Clock clock) {
    return new SignInService(transactions, accounts, audit, hasher, decoy, lockout, aging, clock);
  }

  @Provides
  @Singleton
  OpenSessionUseCase openSession(
      Transactions transactions, SessionStore sessions, SecureRandom random, Clock clock) {
    return new OpenSessionService(transactions, sessions, random, clock);
  }

  @Provides
  @Singleton
  ResumeSessionUseCase resumeSession(
      Transactions transactions,
      SessionStore sessions,
      AccountRepository accounts,
      SessionTimeouts timeouts,
      PasswordAging aging,
      Clock clock) {
    return new ResumeSessionService(transactions, sessions, accounts, timeouts, aging, clock);
  }

  @Provides
  @Singleton
  EndSessionUseCase endSession(Transactions transactions, SessionStore sessions) {
    return new EndSessionService(transactions, sessions);
  }

  @Provides
  @Singleton
  ProvisionAccountUseCase provisionAccount(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordPolicy policy,
      PasswordHasher hasher,
      InitialPasswords initialPasswords,
      Clock clock) {
    return new ProvisionAccountService(
        transactions, accounts, audit, policy, hasher, initialPasswords, clock);
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
      Clock clock) {
    return new ImportAccountsService(
        transactions, accounts, audit, policy, hasher, initialPasswords, clock);
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
