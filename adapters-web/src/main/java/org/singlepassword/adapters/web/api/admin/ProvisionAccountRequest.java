package org.singlepassword.adapters.web.api.admin;

import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.admin.ProvisionAccountCommand;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/**
 * {@code POST /api/v1/admin/accounts}: a person's account to create; without {@code
 * initialPassword}, one is generated.
 */
public record ProvisionAccountRequest(
    String username, String email, String displayName, String initialPassword) {

  /**
   * The command, each field parsed into its value object.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException naming a field that is missing or
   *     does not parse
   */
  ProvisionAccountCommand toCommand() {
    return new ProvisionAccountCommand(
        Fields.required("username", username, Username::new),
        Fields.required("email", email, EmailAddress::new),
        Fields.required("displayName", displayName, DisplayName::new),
        Fields.optional("initialPassword", initialPassword, Password::of));
  }

  /** A record prints its fields; this one may hold a password. */
  @Override
  public String toString() {
    return "ProvisionAccountRequest[username=" + username + ", initialPassword=hidden]";
  }
}
