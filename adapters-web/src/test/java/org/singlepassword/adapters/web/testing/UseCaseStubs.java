package org.singlepassword.adapters.web.testing;

import java.util.List;
import org.singlepassword.adapters.web.WebUseCases;
import org.singlepassword.application.port.in.accounts.AdministerAccountUseCase;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ShowAccountUseCase;
import org.singlepassword.application.port.in.activity.ListAccountActivityUseCase;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.application.port.in.eservice.AdministerEServiceUseCase;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.application.port.in.eservice.EServiceAction;
import org.singlepassword.application.port.in.eservice.EServiceDetails;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.RequestPasswordResetUseCase;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.in.sso.IssueServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.RecognizeServiceUseCase;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketUseCase;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * The use cases a test's web server drives: each a lambda the test sets, the rest failing the test
 * if called. The policy is the FAQ's, the sessions a {@link FakeSessions} and every account's
 * activity empty unless a test says.
 */
public final class UseCaseStubs {

  private ShowPasswordPolicyUseCase showPasswordPolicy = PasswordPolicy::faq;
  private SignInUseCase signIn = command -> unexpected("signIn");
  private ChangePasswordUseCase changePassword = command -> unexpected("changePassword");
  private ProvisionAccountUseCase provisionAccount = command -> unexpected("provisionAccount");
  private RegisterEServiceUseCase registerEService = command -> unexpected("registerEService");
  private AuthenticateEServiceUseCase authenticateEService =
      (id, secret) -> unexpected("authenticateEService");
  private ImportAccountsUseCase importAccounts = command -> unexpected("importAccounts");
  private ShowAccountUseCase showAccount = username -> unexpected("showAccount");
  private AdministerAccountUseCase administerAccount = command -> unexpected("administerAccount");
  private ListAccountActivityUseCase listAccountActivity = (username, limit) -> List.of();
  private RequestPasswordResetUseCase requestPasswordReset =
      command -> unexpected("requestPasswordReset");
  private ConfirmPasswordResetUseCase confirmPasswordReset =
      command -> unexpected("confirmPasswordReset");
  private ShowEServicesUseCase showEServices =
      new ShowEServicesUseCase() {
        @Override
        public List<EServiceDetails> listEServices() {
          return unexpected("listEServices");
        }

        @Override
        public EServiceDetails showEService(EServiceId id) {
          return unexpected("showEService");
        }
      };
  private AdministerEServiceUseCase administerEService =
      new AdministerEServiceUseCase() {
        @Override
        public void administerEService(EServiceId id, EServiceAction action) {
          unexpected("administerEService");
        }

        @Override
        public RegisteredEService rotateSecret(EServiceId id) {
          return unexpected("rotateSecret");
        }
      };
  private RecognizeServiceUseCase recognizeService = url -> unexpected("recognizeService");
  private IssueServiceTicketUseCase issueServiceTicket =
      command -> unexpected("issueServiceTicket");
  private ValidateServiceTicketUseCase validateServiceTicket =
      command -> unexpected("validateServiceTicket");
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

  public UseCaseStubs importAccounts(ImportAccountsUseCase useCase) {
    this.importAccounts = useCase;
    return this;
  }

  public UseCaseStubs showAccount(ShowAccountUseCase useCase) {
    this.showAccount = useCase;
    return this;
  }

  public UseCaseStubs administerAccount(AdministerAccountUseCase useCase) {
    this.administerAccount = useCase;
    return this;
  }

  public UseCaseStubs listAccountActivity(ListAccountActivityUseCase useCase) {
    this.listAccountActivity = useCase;
    return this;
  }

  public UseCaseStubs requestPasswordReset(RequestPasswordResetUseCase useCase) {
    this.requestPasswordReset = useCase;
    return this;
  }

  public UseCaseStubs confirmPasswordReset(ConfirmPasswordResetUseCase useCase) {
    this.confirmPasswordReset = useCase;
    return this;
  }

  public UseCaseStubs showEServices(ShowEServicesUseCase useCase) {
    this.showEServices = useCase;
    return this;
  }

  public UseCaseStubs administerEService(AdministerEServiceUseCase useCase) {
    this.administerEService = useCase;
    return this;
  }

  public UseCaseStubs recognizeService(RecognizeServiceUseCase useCase) {
    this.recognizeService = useCase;
    return this;
  }

  public UseCaseStubs issueServiceTicket(IssueServiceTicketUseCase useCase) {
    this.issueServiceTicket = useCase;
    return this;
  }

  public UseCaseStubs validateServiceTicket(ValidateServiceTicketUseCase useCase) {
    this.validateServiceTicket = useCase;
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

  private static <T> T unexpected(String useCase) {
    throw new AssertionError("the test did not expect a call to " + useCase);
  }
}
