package org.singlepassword.application.port.in.sso;

/** Incoming port: an e-service exchanges a service ticket for the person it stands for. */
public interface ValidateServiceTicketUseCase {

  /**
   * Uses the ticket up, whatever the answer.
   *
   * @throws TicketValidationException the ticket is unknown, used, expired, for another address,
   *     not from a fresh sign-in when {@code renew} is asked, or its account cannot sign in
   */
  ValidatedTicket validateServiceTicket(ValidateServiceTicketCommand command);
}
