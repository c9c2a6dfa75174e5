package org.singlepassword.application.port.in.admin;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/** A new account: who, where to write to, and optionally the initial password to issue. */
public record ProvisionAccountCommand(
    Username username,
    EmailAddress email,
    DisplayName displayName,
    Optional<Password> initialPassword) {

  public ProvisionAccountCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(initialPassword, "initialPassword");
  }
}
