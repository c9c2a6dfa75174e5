package org.singlepassword.application.fakes;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.TokenHash;

/**
 * Outgoing adapter for tests and teaching: service tickets in a map, where removing a key is
 * atomic, so of two callers taking one ticket only one gets it back.
 */
public final class InMemoryServiceTickets implements ServiceTickets {

  private final Map<TokenHash, ServiceTicket> byId = new ConcurrentHashMap<>();

  @Override
  public void add(ServiceTicket ticket) {
    byId.put(ticket.id(), ticket);
  }

  @Override
  public Optional<ServiceTicket> take(TokenHash id) {
    return Optional.ofNullable(byId.remove(id));
  }

  @Override
  public int removeExpired(Instant now) {
    int removed = 0;
    for (ServiceTicket ticket : byId.values()) {
      if (!ticket.isValidAt(now) && byId.remove(ticket.id(), ticket)) {
        removed++;
      }
    }
    return removed;
  }

  /** How many tickets are kept: what a test of the housekeeping reads. */
  public int size() {
    return byId.size();
  }
}
