package org.singlepassword.application.port.in.admin;

import java.util.Objects;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/** A created account and the initial password to hand to the person, once. */
public record ProvisionedAccount(Username username, Password initialPassword) {

  public ProvisionedAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(initialPassword, "initialPassword");
  }
}
