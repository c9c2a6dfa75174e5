package org.singlepassword.adapters.web;

import java.util.Objects;
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

/**
 * Every incoming port the web side drives, handed over by the bootstrap: all that pages and API
 * endpoints may ask of the application.
 */
public record WebUseCases(
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

  public WebUseCases {
    Objects.requireNonNull(showPasswordPolicy, "showPasswordPolicy");
    Objects.requireNonNull(signIn, "signIn");
    Objects.requireNonNull(openSession, "openSession");
    Objects.requireNonNull(resumeSession, "resumeSession");
    Objects.requireNonNull(endSession, "endSession");
    Objects.requireNonNull(changePassword, "changePassword");
    Objects.requireNonNull(provisionAccount, "provisionAccount");
    Objects.requireNonNull(registerEService, "registerEService");
    Objects.requireNonNull(authenticateEService, "authenticateEService");
    Objects.requireNonNull(importAccounts, "importAccounts");
    Objects.requireNonNull(showAccount, "showAccount");
    Objects.requireNonNull(administerAccount, "administerAccount");
    Objects.requireNonNull(listAccountActivity, "listAccountActivity");
    Objects.requireNonNull(requestPasswordReset, "requestPasswordReset");
    Objects.requireNonNull(confirmPasswordReset, "confirmPasswordReset");
    Objects.requireNonNull(showEServices, "showEServices");
    Objects.requireNonNull(administerEService, "administerEService");
    Objects.requireNonNull(recognizeService, "recognizeService");
    Objects.requireNonNull(issueServiceTicket, "issueServiceTicket");
    Objects.requireNonNull(validateServiceTicket, "validateServiceTicket");
  }
}
