package org.singlepassword.application.port.in.accounts;

import java.util.Objects;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;

/** One person of an intake to provision: a row of the administrator's CSV, already parsed. */
public record NewAccount(Username username, EmailAddress email, DisplayName displayName) {

  public NewAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
  }
}
