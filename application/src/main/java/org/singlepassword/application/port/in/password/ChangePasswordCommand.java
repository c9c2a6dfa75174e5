package org.singlepassword.application.port.in.password;

import java.util.Objects;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/** A request to replace the current password with a new one, through a channel. */
public record ChangePasswordCommand(
    Username username, Password currentPassword, Password newPassword, Channel channel) {

  public ChangePasswordCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(newPassword, "newPassword");
    Objects.requireNonNull(channel, "channel");
  }
}
