package org.singlepassword.application.port.out.notices;

import java.time.Instant;
import java.util.Objects;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;

/**
 * "Your password was changed": when and through which e-service, so that a person who did not do it
 * can act at once.
 */
public record PasswordChangedNotice(
    EmailAddress to, DisplayName name, Instant changedAt, Channel through) implements Notice {

  public PasswordChangedNotice {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(through, "through");
  }
}
