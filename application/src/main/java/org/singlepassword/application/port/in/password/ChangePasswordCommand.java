package org.singlepassword.application.port.in.password;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/**
 * A request to replace the current password with a new one, through a channel. Every web session of
 * the account ends with the change, except {@code keptSession}: the one that made it.
 */
public record ChangePasswordCommand(
    Username username,
    Password currentPassword,
    Password newPassword,
    Channel channel,
    Optional<SecretToken> keptSession,
    Optional<ClientAddress> clientAddress) {

  public ChangePasswordCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(newPassword, "newPassword");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(keptSession, "keptSession");
    Objects.requireNonNull(clientAddress, "clientAddress");
  }

  /** A change from outside a web session (an e-service), from an unknown address. */
  public ChangePasswordCommand(
      Username username, Password currentPassword, Password newPassword, Channel channel) {
    this(username, currentPassword, newPassword, channel, Optional.empty(), Optional.empty());
  }
}
