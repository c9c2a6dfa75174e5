package org.singlepassword.application.port.in.sso;

import java.util.Objects;
import org.singlepassword.domain.token.SecretToken;

/**
 * An e-service's question: whom does this ticket stand for? {@code service} is the address it says
 * it is at, as given; {@code renew} asks that the person typed the password for this ticket.
 */
public record ValidateServiceTicketCommand(SecretToken ticket, String service, boolean renew) {

  public ValidateServiceTicketCommand {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(service, "service");
  }
}
