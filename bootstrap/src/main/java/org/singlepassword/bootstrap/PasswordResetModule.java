package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.singlepassword.application.admission.HashingGate;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.RequestPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.SendExpiryWarningsUseCase;
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
import org.singlepassword.application.service.ConfirmPasswordResetService;
import org.singlepassword.application.service.RequestPasswordResetService;
import org.singlepassword.application.service.SendExpiryWarningsService;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * Wiring: "Forgot your password?", the e-mails about an account, and the daily expiry warnings,
 * with the background threads that send them after the answer.
 */
final class PasswordResetModule extends AbstractModule {

  private final Settings settings;
  private final BackgroundWork background;

  PasswordResetModule(Settings settings, BackgroundWork background) {
    this.settings = settings;
    this.background = background;
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
      EServiceRegistry eServices,
      PasswordHasher hasher,
      HashingGate gate,
      Clock clock) {
    ConfirmPasswordResetService service =
        new ConfirmPasswordResetService(
            transactions,
            accounts,
            resets,
            sessions,
            audit,
            notices,
            policy,
            eServices,
            hasher,
            clock);
    return command -> gate.admit(() -> service.confirmPasswordReset(command));
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
}
