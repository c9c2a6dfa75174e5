package org.singlepassword.application.port.in.signin;

import java.util.Objects;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/** A person's username and password, as given to a channel. */
public record SignInCommand(Username username, Password password, Channel channel) {

  public SignInCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(channel, "channel");
  }
}
