package org.singlepassword.adapters.web.api.eservice;

import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/**
 * {@code POST /api/v1/accounts/{username}/password}: the current and the new password. No
 * "re-enter" field: that belongs to a form, and the e-service's own form checks it.
 */
public record ChangePasswordRequest(String currentPassword, String newPassword) {

  /**
   * The command, each field parsed into its value object.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException naming a field that is missing
   */
  ChangePasswordCommand toCommand(Username username, Channel channel) {
    return new ChangePasswordCommand(
        username,
        Fields.required("currentPassword", currentPassword, Password::of),
        Fields.required("newPassword", newPassword, Password::of),
        channel);
  }

  /** A record prints its fields; this one holds two passwords. */
  @Override
  public String toString() {
    return "ChangePasswordRequest[hidden]";
  }
}
