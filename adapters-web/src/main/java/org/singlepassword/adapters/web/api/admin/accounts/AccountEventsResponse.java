package org.singlepassword.adapters.web.api.admin.accounts;

import java.util.List;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * {@code GET /api/v1/admin/accounts/{username}/events}: what happened to the account, newest first.
 * {@code channel} is {@code web}, {@code admin} or {@code e-service:<id>}; {@code clientAddress} is
 * {@code null} when not known.
 */
public record AccountEventsResponse(List<Event> events) {

  /** One audited event; {@code at} is an ISO-8601 instant. */
  public record Event(String at, String type, String channel, String clientAddress) {

    static Event from(AuditEvent event) {
      return new Event(
          event.at().toString(),
          event.type().name(),
          event.channel().code(),
          event.clientAddress().map(ClientAddress::value).orElse(null));
    }
  }

  static AccountEventsResponse from(List<AuditEvent> events) {
    return new AccountEventsResponse(events.stream().map(Event::from).toList());
  }
}
