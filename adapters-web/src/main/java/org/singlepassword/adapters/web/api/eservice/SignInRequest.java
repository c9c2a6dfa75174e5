package org.singlepassword.adapters.web.api.eservice;

import java.util.Optional;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/**
 * {@code POST /api/v1/sign-in}: the username and password a person gave to an e-service, and
 * optionally the address the person called the e-service from ({@code clientAddress}), for the
 * audit and the rate limit.
 */
public record SignInRequest(String username, String password, String clientAddress) {

  /**
   * The person's address, when the e-service passed it.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException when it is not an IP address
   */
  Optional<IpAddress> from() {
    return Fields.optional("clientAddress", clientAddress, IpAddress::parse);
  }

  /**
   * The command, each field parsed into its value object.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException naming a field that is missing or
   *     does not parse
   */
  SignInCommand toCommand(Channel channel, Optional<IpAddress> from) {
    return new SignInCommand(
        Fields.required("username", username, Username::new),
        Fields.required("password", password, Password::of),
        channel,
        from.map(IpAddress::clientAddress));
  }

  /** A record prints its fields; this one holds a password. */
  @Override
  public String toString() {
    return "SignInRequest[username=" + username + ", password=hidden]";
  }
}
