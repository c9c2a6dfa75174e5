package org.singlepassword.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;

/**
 * One thing that happened to an account, when and through which channel. The username is kept as
 * given, even when no such account exists (a failed sign-in), so that guessing shows in the audit.
 */
public record AuditEvent(Instant at, Username username, AuditEventType type, Channel channel) {

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(channel, "channel");
  }
}
