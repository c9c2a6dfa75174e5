package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.singlepassword.adapters.web.WebLinks;
import org.singlepassword.adapters.web.WebServer;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.adapters.web.WebUseCases;
import org.singlepassword.application.port.in.accounts.AdministerAccountUseCase;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ShowAccountUseCase;
import org.singlepassword.application.port.in.activity.ListAccountActivityUseCase;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.eservice.AdministerEServiceUseCase;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.RequestPasswordResetUseCase;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.in.signin.ResumeSessionUseCase;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.in.sso.IssueServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.RecognizeServiceUseCase;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketUseCase;
import org.singlepassword.application.port.out.Links;
import org.singlepassword.domain.token.SecretToken;

/**
 * Wiring: the web adapter (forms, CAS and JSON API) to every incoming port it drives, and the links
 * it publishes for e-mails.
 */
final class WebModule extends AbstractModule {

  private final Settings settings;
  private final SecretToken adminToken;

  WebModule(Settings settings, SecretToken adminToken) {
    this.settings = settings;
    this.adminToken = adminToken;
  }

  @Provides
  @Singleton
  Links links() {
    return new WebLinks(settings.publicUrl());
  }

  @Provides
  @Singleton
  WebUseCases webUseCases(
      ShowPasswordPolicyUseCase showPasswordPolicy,
      SignInUseCase signIn,
      OpenSessionUseCase openSession,
      ResumeSessionUseCase resumeSession,
      EndSessionUseCase endSession,
      ChangePasswordUseCase changePassword,
      ProvisionAccountUseCase provisionAccount,
      RegisterEServiceUseCase registerEService,
      AuthenticateEServiceUseCase authenticateEService,
      ImportAccountsUseCase importAccounts,
      ShowAccountUseCase showAccount,
      AdministerAccountUseCase administerAccount,
      ListAccountActivityUseCase listAccountActivity,
      RequestPasswordResetUseCase requestPasswordReset,
      ConfirmPasswordResetUseCase confirmPasswordReset,
      ShowEServicesUseCase showEServices,
      AdministerEServiceUseCase administerEService,
      RecognizeServiceUseCase recognizeService,
      IssueServiceTicketUseCase issueServiceTicket,
      ValidateServiceTicketUseCase validateServiceTicket) {
    return new WebUseCases(
        showPasswordPolicy,
        signIn,
        openSession,
        resumeSession,
        endSession,
        changePassword,
        provisionAccount,
        registerEService,
        authenticateEService,
        importAccounts,
        showAccount,
        administerAccount,
        listAccountActivity,
        requestPasswordReset,
        confirmPasswordReset,
        showEServices,
        administerEService,
        recognizeService,
        issueServiceTicket,
        validateServiceTicket);
  }

  @Provides
  @Singleton
  WebServer webServer(WebUseCases useCases) {
    return new WebServer(
        new WebSettings(
            settings.httpHost(),
            settings.httpPort(),
            // Behind a proxy that ends TLS, only the public address says that people use https.
            settings.publicUrl(),
            adminToken,
            settings.helpUrl(),
            WebSettings.DEFAULT_MAX_BODY_BYTES,
            WebSettings.DEFAULT_MAX_IMPORT_BYTES,
            WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE,
            settings.resetLinkLifetime(),
            // People read dates in the zone the server runs in: the college's own.
            Clock.systemDefaultZone()),
        useCases);
  }
}
