package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.singlepassword.application.service.SingleSignOnExamples.SOUL_LOGIN;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.token.SecretToken;

/** The housekeeping forgets the tickets nobody presented, once they have expired. */
class ForgetExpiredTicketsServiceTest {

  private final SingleSignOnExamples examples = new SingleSignOnExamples();
  private final ForgetExpiredTicketsService service =
      new ForgetExpiredTicketsService(new DirectTransactions(), examples.tickets, examples.clock);
  private Account chan;

  private SecretToken issue() {
    return new IssueServiceTicketService(
            new DirectTransactions(),
            examples.accounts,
            examples.registry,
            examples.tickets,
            examples.audit,
            PasswordAging.defaults(),
            examples.random,
            examples.clock)
        .issueServiceTicket(
            new IssueServiceTicketCommand(chan.id(), SOUL_LOGIN, false, Optional.empty()));
  }

  @BeforeEach
  void chanIsSignedInAndSoulRegistered() {
    chan = examples.storeActiveChan();
    examples.registerSoul();
  }

  @Test
  void forgetsTheExpiredTicketsAndKeepsTheOthers() {
    issue();
    issue();
    examples.clock.advance(Duration.ofSeconds(5));
    SecretToken recent = issue();
    examples.clock.advance(Duration.ofSeconds(5));

    assertEquals(2, service.forgetExpiredTickets());

    assertEquals(1, examples.tickets.size());
    assertEquals(recent.hash(), examples.tickets.take(recent.hash()).orElseThrow().id());
  }

  @Test
  void forgetsNothingTwice() {
    issue();
    examples.clock.advance(Duration.ofMinutes(1));
    service.forgetExpiredTickets();

    assertEquals(0, service.forgetExpiredTickets());
  }
}
