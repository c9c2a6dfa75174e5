package org.singlepassword.adapters.web.api.admin;

import org.singlepassword.application.port.in.admin.ProvisionedAccount;

/** The created account and its initial password, which the administrator hands over once. */
public record ProvisionedAccountResponse(String username, String initialPassword) {

  static ProvisionedAccountResponse from(ProvisionedAccount account) {
    return new ProvisionedAccountResponse(
        account.username().value(), account.initialPassword().reveal());
  }

  /** A record prints its fields; this one holds a password. */
  @Override
  public String toString() {
    return "ProvisionedAccountResponse[username=" + username + ", initialPassword=hidden]";
  }
}
