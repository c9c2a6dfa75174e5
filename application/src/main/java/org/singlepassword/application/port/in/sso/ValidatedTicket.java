package org.singlepassword.application.port.in.sso;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.eservice.EServiceId;

/** Whom a valid ticket stands for, with what the e-service may know of them, and for which one. */
public record ValidatedTicket(
    Username username,
    EmailAddress email,
    DisplayName displayName,
    Optional<Instant> passwordExpiresAt,
    EServiceId eServiceId,
    boolean fromCredentials) {

  public ValidatedTicket {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(passwordExpiresAt, "passwordExpiresAt");
    Objects.requireNonNull(eServiceId, "eServiceId");
  }
}
