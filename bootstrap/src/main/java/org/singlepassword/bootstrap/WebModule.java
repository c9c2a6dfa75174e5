package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.singlepassword.adapters.web.WebServer;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.adapters.web.WebUseCases;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.in.signin.ResumeSessionUseCase;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.domain.token.SecretToken;

/** Wiring: the web adapter (forms and JSON API) to every incoming port it drives. */
final class WebModule extends AbstractModule {

  private final Settings settings;
  private final SecretToken adminToken;

  WebModule(Settings settings, SecretToken adminToken) {
    this.settings = settings;
    this.adminToken = adminToken;
  }

  @Provides
  @Singleton
  WebServer webServer(
      ShowPasswordPolicyUseCase showPasswordPolicy,
      SignInUseCase signIn,
      OpenSessionUseCase openSession,
      ResumeSessionUseCase resumeSession,
      EndSessionUseCase endSession,
      ChangePasswordUseCase changePassword,
      ProvisionAccountUseCase provisionAccount,
      RegisterEServiceUseCase registerEService,
      AuthenticateEServiceUseCase authenticateEService) {
    return new WebServer(
        new WebSettings(settings.httpHost(), settings.httpPort(), adminToken, settings.helpUrl()),
        new WebUseCases(
            showPasswordPolicy,
            signIn,
            openSession,
            resumeSession,
            endSession,
            changePassword,
            provisionAccount,
            registerEService,
            authenticateEService));
  }
}
