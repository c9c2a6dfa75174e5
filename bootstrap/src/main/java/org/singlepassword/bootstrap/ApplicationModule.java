package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.singlepassword.application.admission.HashingGate;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.in.signin.ResumeSessionUseCase;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.service.AccountNotices;
import org.singlepassword.application.service.ChangePasswordService;
import org.singlepassword.application.service.EndSessionService;
import org.singlepassword.application.service.InitialPasswords;
import org.singlepassword.application.service.OpenSessionService;
import org.singlepassword.application.service.ResumeSessionService;
import org.singlepassword.application.service.ShowPasswordPolicyService;
import org.singlepassword.application.service.SignInService;
import org.singlepassword.application.service.UnknownAccountDecoy;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.session.SessionTimeouts;

/**
 * Wiring: the policy, clock and randomness the use cases share, and the use cases of a person
 * signing in and changing the password. A use case that hashes is admitted through the {@link
 * HashingGate} before its transaction opens, so that a request refused or waiting holds no database
 * connection.
 */
final class ApplicationModule extends AbstractModule {

  private final Settings settings;

  ApplicationModule(Settings settings) {
    this.settings = settings;
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
    CommonPasswords commonPasswords =
        policy.parameters().commonPasswords()
            ? CommonPasswordLists.load(policy.blocklistFile())
            : CommonPasswords.none();
    return PasswordPolicy.of(policy.parameters(), commonPasswords);
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
      EServiceRegistry eServices,
      PasswordAging aging,
      Lockout lockout,
      PasswordHasher hasher,
      UnknownAccountDecoy decoy,
      AccountNotices notices,
      HashingGate gate,
      Clock clock) {
    ChangePasswordService service =
        new ChangePasswordService(
            transactions,
            accounts,
            sessions,
            audit,
            policy,
            eServices,
            aging,
            lockout,
            hasher,
            decoy,
            notices,
            clock);
    return command -> gate.admit(() -> service.changePassword(command));
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
      HashingGate gate,
      Clock clock) {
    SignInService service =
        new SignInService(transactions, accounts, audit, hasher, decoy, lockout, aging, clock);
    return command -> gate.admitReturning(() -> service.signIn(command));
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
}
