package org.singlepassword.application.port.in.sso;

/**
 * Incoming port: the housekeeping forgets the service tickets issued and never presented, once they
 * have expired. A ticket that is presented is forgotten then, valid or not.
 */
public interface ForgetExpiredTicketsUseCase {

  /** How many expired tickets were forgotten. */
  int forgetExpiredTickets();
}
