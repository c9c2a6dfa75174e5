package org.singlepassword.application.port.in.sso;

import java.util.Objects;

/** A ticket that proves nothing; the ticket is used up all the same. */
public final class TicketValidationException extends RuntimeException {

  private final TicketFailure failure;

  public TicketValidationException(TicketFailure failure, String message) {
    super(message);
    this.failure = Objects.requireNonNull(failure);
  }

  public TicketFailure failure() {
    return failure;
  }
}
