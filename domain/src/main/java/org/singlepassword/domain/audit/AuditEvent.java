package org.singlepassword.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;

/**
 * One thing that happened to an account: when, what, through which channel and from which address.
 * The username is kept as given, even when no such account exists (a failed sign-in), so that
 * guessing shows in the audit.
 */
public record AuditEvent(
    Instant at,
    Username username,
    AuditEventType type,
    Channel channel,
    Optional<ClientAddress> clientAddress) {

  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(clientAddress, "clientAddress");
  }

  /** An event with no known client address (an administrator's action, a test). */
  public AuditEvent(Instant at, Username username, AuditEventType type, Channel channel) {
    this(at, username, type, channel, Optional.empty());
  }
}
