package org.singlepassword.adapters.web.testing;

import org.singlepassword.adapters.web.WebUseCases;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * The use cases a test's web server drives: each a lambda the test sets, the rest failing the test
 * if called. The policy is the FAQ's and the sessions a {@link FakeSessions} unless a test says.
 */
public final class UseCaseStubs {

  private ShowPasswordPolicyUseCase showPasswordPolicy = PasswordPolicy::faq;
  private SignInUseCase signIn = command -> unexpected("signIn");
  private ChangePasswordUseCase changePassword = command -> unexpected("changePassword");
  private ProvisionAccountUseCase provisionAccount = command -> unexpected("provisionAccount");
  private RegisterEServiceUseCase registerEService = command -> unexpected("registerEService");
  private AuthenticateEServiceUseCase authenticateEService =
      (id, secret) -> unexpected("authenticateEService");
  private FakeSessions sessions = new FakeSessions();

  public UseCaseStubs showPasswordPolicy(ShowPasswordPolicyUseCase useCase) {
    this.showPasswordPolicy = useCase;
    return this;
  }

  public UseCaseStubs signIn(SignInUseCase useCase) {
    this.signIn = useCase;
    return this;
  }

  public UseCaseStubs changePassword(ChangePasswordUseCase useCase) {
    this.changePassword = useCase;
    return this;
  }

  public UseCaseStubs provisionAccount(ProvisionAccountUseCase useCase) {
    this.provisionAccount = useCase;
    return this;
  }

  public UseCaseStubs registerEService(RegisterEServiceUseCase useCase) {
    this.registerEService = useCase;
    return this;
  }

  public UseCaseStubs authenticateEService(AuthenticateEServiceUseCase useCase) {
    this.authenticateEService = useCase;
    return this;
  }

  public UseCaseStubs sessions(FakeSessions fake) {
    this.sessions = fake;
    return this;
  }

  public FakeSessions sessions() {
    return sessions;
  }

  public WebUseCases build() {
    return new WebUseCases(
        showPasswordPolicy,
        signIn,
        sessions,
        sessions,
        sessions,
        changePassword,
        provisionAccount,
        registerEService,
        authenticateEService);
  }

  private static <T> T unexpected(String useCase) {
    throw new AssertionError("the test did not expect a call to " + useCase);
  }
}
