package org.singlepassword.application.port.in.reset;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * "Forgot your password?": what the person typed, read as a username, an e-mail address, or both (a
 * username may look like an address); at least one of them.
 */
public record RequestPasswordResetCommand(
    Optional<Username> username,
    Optional<EmailAddress> email,
    Optional<ClientAddress> clientAddress) {

  public RequestPasswordResetCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(clientAddress, "clientAddress");
    if (username.isEmpty() && email.isEmpty()) {
      throw new IllegalArgumentException("a reset is asked for a username or an e-mail address");
    }
  }
}
