package org.singlepassword.adapters.web.cas;

import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.profile.AccountPasswordStep;
import org.singlepassword.adapters.web.session.SessionCookie;
import org.singlepassword.adapters.web.session.SignedInOnly;
import org.singlepassword.adapters.web.signin.SignInStep;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.sso.IssueServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.RecognizeServiceUseCase;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketUseCase;

/**
 * The CAS endpoints, built together because they share how a {@code service} address is judged and
 * how people are sent back to it; {@code Routes} maps each to its address.
 */
public final class CasEndpoints {

  private final CasLoginEndpoint login;
  private final CasPasswordEndpoint accountPassword;
  private final CasLogoutEndpoint logout;
  private final ServiceValidateEndpoint validation;

  /** The sign-in and Account Password steps are the pages' own, with their rate limits. */
  public CasEndpoints(
      RecognizeServiceUseCase recognizeService,
      IssueServiceTicketUseCase issueServiceTicket,
      ValidateServiceTicketUseCase validateServiceTicket,
      EndSessionUseCase endSession,
      SignedInOnly sessions,
      SessionCookie sessionCookie,
      SignInStep signIn,
      AccountPasswordStep accountPasswordStep,
      ApiJson json) {
    ServiceAddresses services = new ServiceAddresses(recognizeService);
    ServiceRedirects redirects = new ServiceRedirects(issueServiceTicket);
    this.accountPassword = new CasPasswordEndpoint(accountPasswordStep, services, redirects);
    this.login =
        new CasLoginEndpoint(services, sessions, sessionCookie, signIn, redirects, accountPassword);
    this.logout = new CasLogoutEndpoint(endSession, sessionCookie, services);
    this.validation = new ServiceValidateEndpoint(validateServiceTicket, json);
  }

  public CasLoginEndpoint login() {
    return login;
  }

  public CasPasswordEndpoint accountPassword() {
    return accountPassword;
  }

  public CasLogoutEndpoint logout() {
    return logout;
  }

  public ServiceValidateEndpoint validation() {
    return validation;
  }
}
