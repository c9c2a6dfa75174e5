package org.singlepassword.application.port.in.reset;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/** The token from the e-mailed link, and the new password the person chose. */
public record ConfirmPasswordResetCommand(
    SecretToken token, Password newPassword, Optional<ClientAddress> clientAddress) {

  public ConfirmPasswordResetCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(newPassword, "newPassword");
    Objects.requireNonNull(clientAddress, "clientAddress");
  }
}
