package org.singlepassword.application.port.in.sso;

/** Why a ticket was refused, in the CAS protocol's own codes (3.0, section 2.5.3). */
public enum TicketFailure {
  /** Unknown, already used, expired, or not from a fresh sign-in when {@code renew} asked one. */
  INVALID_TICKET,
  /** The ticket was issued for another address than the one presenting it. */
  INVALID_SERVICE
}
