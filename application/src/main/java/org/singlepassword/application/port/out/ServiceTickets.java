package org.singlepassword.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.TokenHash;

/** Outgoing port: the CAS service tickets issued and not yet validated, shared by all instances. */
public interface ServiceTickets {

  void add(ServiceTicket ticket);

  /**
   * Removes the ticket and returns it: of two callers taking one ticket at once, on any instance,
   * exactly one gets it. This is what makes a ticket good once.
   */
  Optional<ServiceTicket> take(TokenHash id);

  /** Forgets the tickets that expired before {@code now}; returns how many. */
  int removeExpired(Instant now);
}
