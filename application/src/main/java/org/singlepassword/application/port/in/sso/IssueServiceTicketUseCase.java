package org.singlepassword.application.port.in.sso;

import org.singlepassword.domain.token.SecretToken;

/** Incoming port: give a signed-in person a CAS service ticket for an e-service. */
public interface IssueServiceTicketUseCase {

  /**
   * @return the ticket's token, shown once in the redirect; only its hash is stored
   * @throws ServiceNotRecognizedException the address is no enabled e-service's
   * @throws PasswordChangeRequiredException a first-time login or an expired password: the person
   *     must change the password before any e-service lets them in
   * @throws org.singlepassword.application.port.in.signin.AccountDisabledException the account is
   *     disabled
   * @throws org.singlepassword.application.port.in.accounts.AccountNotFoundException the account is
   *     gone
   */
  SecretToken issueServiceTicket(IssueServiceTicketCommand command);
}
