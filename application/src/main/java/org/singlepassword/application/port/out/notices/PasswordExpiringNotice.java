package org.singlepassword.application.port.out.notices;

import java.time.Instant;
import java.util.Objects;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;

/** "Your password expires on …": sent once when an account enters the warning window. */
public record PasswordExpiringNotice(EmailAddress to, DisplayName name, Instant expiresAt)
    implements Notice {

  public PasswordExpiringNotice {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
