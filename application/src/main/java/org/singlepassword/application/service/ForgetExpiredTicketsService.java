package org.singlepassword.application.service;

import java.time.Clock;
import java.util.Objects;
import org.singlepassword.application.port.in.sso.ForgetExpiredTicketsUseCase;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.application.port.out.Transactions;

/**
 * Use case: the housekeeping forgets service tickets that expired without being presented (a person
 * who closed the tab mid-redirect), so the store holds only tickets that may still be used.
 */
public final class ForgetExpiredTicketsService implements ForgetExpiredTicketsUseCase {

  private final Transactions transactions;
  private final ServiceTickets tickets;
  private final Clock clock;

  public ForgetExpiredTicketsService(
      Transactions transactions, ServiceTickets tickets, Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.tickets = Objects.requireNonNull(tickets);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public int forgetExpiredTickets() {
    return transactions.inTransactionReturning(() -> tickets.removeExpired(clock.instant()));
  }
}
