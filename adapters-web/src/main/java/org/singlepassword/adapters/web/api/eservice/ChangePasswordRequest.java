package org.singlepassword.adapters.web.api.eservice;

import java.util.Optional;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/**
 * {@code POST /api/v1/accounts/{username}/password}: the current and the new password, and
 * optionally the person's own address ({@code clientAddress}). No "re-enter" field: that belongs to
 * a form, and the e-service's own form checks it.
 */
public record ChangePasswordRequest(
    String currentPassword, String newPassword, String clientAddress) {

  /**
   * The person's address, when the e-service passed it.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException when it is not an IP address
   */
  Optional<IpAddress> from() {
    return Fields.optional("clientAddress", clientAddress, IpAddress::parse);
  }

  /**
   * The command, each field parsed into its value object. No web session is kept: the change comes
   * from an e-service, so every web session of the account ends.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException naming a field that is missing
   */
  ChangePasswordCommand toCommand(Username username, Channel channel, Optional<IpAddress> from) {
    return new ChangePasswordCommand(
        username,
        Fields.required("currentPassword", currentPassword, Password::of),
        Fields.required("newPassword", newPassword, Password::of),
        channel,
        Optional.empty(),
        from.map(IpAddress::clientAddress));
  }

  /** A record prints its fields; this one holds two passwords. */
  @Override
  public String toString() {
    return "ChangePasswordRequest[hidden]";
  }
}
