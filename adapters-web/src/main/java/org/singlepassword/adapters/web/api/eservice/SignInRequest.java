package org.singlepassword.adapters.web.api.eservice;

import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/** {@code POST /api/v1/sign-in}: the username and password a person gave to an e-service. */
public record SignInRequest(String username, String password) {

  /**
   * The command, each field parsed into its value object.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException naming a field that is missing or
   *     does not parse
   */
  SignInCommand toCommand(Channel channel) {
    return new SignInCommand(
        Fields.required("username", username, Username::new),
        Fields.required("password", password, Password::of),
        channel);
  }

  /** A record prints its fields; this one holds a password. */
  @Override
  public String toString() {
    return "SignInRequest[username=" + username + ", password=hidden]";
  }
}
