package org.singlepassword.application.port.in.signin;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;

/** A person's username and password, as given to a channel, from an address when known. */
public record SignInCommand(
    Username username, Password password, Channel channel, Optional<ClientAddress> clientAddress) {

  public SignInCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(clientAddress, "clientAddress");
  }

  /** A sign-in whose client address is not known. */
  public SignInCommand(Username username, Password password, Channel channel) {
    this(username, password, channel, Optional.empty());
  }
}
