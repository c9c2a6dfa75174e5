package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.sso.TicketFailure;
import org.singlepassword.application.port.in.sso.TicketValidationException;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketCommand;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.ValidatedTicket;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.SecretToken;

/**
 * Use case: an e-service exchanges a service ticket for the person it stands for (CAS's {@code
 * /serviceValidate}). The ticket is taken out of the store first, so it is used up whatever the
 * answer, and the take is committed before a refusal is thrown: a refusal must not put it back.
 */
public final class ValidateServiceTicketService implements ValidateServiceTicketUseCase {

  /** Of a ticket refused, only this much is repeated back: enough to tell which, not to use it. */
  static final int SHOWN_CHARACTERS = 8;

  private final Transactions transactions;
  private final ServiceTickets tickets;
  private final AccountRepository accounts;
  private final EServiceRegistry registry;
  private final PasswordAging aging;
  private final Clock clock;

  public ValidateServiceTicketService(
      Transactions transactions,
      ServiceTickets tickets,
      AccountRepository accounts,
      EServiceRegistry registry,
      PasswordAging aging,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.tickets = Objects.requireNonNull(tickets);
    this.accounts = Objects.requireNonNull(accounts);
    this.registry = Objects.requireNonNull(registry);
    this.aging = Objects.requireNonNull(aging);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public ValidatedTicket validateServiceTicket(ValidateServiceTicketCommand command) {
    Outcome outcome = transactions.inTransactionReturning(() -> judge(command));
    return outcome.validated().orElseThrow(outcome::refusal);
  }

  /** The person the ticket stands for, or the refusal to throw once the take is committed. */
  private record Outcome(Optional<ValidatedTicket> validated, TicketValidationException refusal) {

    static Outcome refused(TicketFailure failure, String message) {
      return new Outcome(Optional.empty(), new TicketValidationException(failure, message));
    }
  }

  private Outcome judge(ValidateServiceTicketCommand command) {
    String shown = shown(command.ticket());
    Optional<ServiceTicket> taken = tickets.take(command.ticket().hash());
    if (taken.isEmpty()) {
      return Outcome.refused(TicketFailure.INVALID_TICKET, "Ticket " + shown + " not recognized");
    }
    ServiceTicket ticket = taken.get();
    Instant now = clock.instant();
    if (!ticket.isValidAt(now)) {
      return Outcome.refused(TicketFailure.INVALID_TICKET, "Ticket " + shown + " has expired");
    }
    if (!ticket.isFor(command.service())) {
      return Outcome.refused(
          TicketFailure.INVALID_SERVICE, "Ticket " + shown + " was not issued for this service");
    }
    if (command.renew() && !ticket.fromCredentials()) {
      return Outcome.refused(
          TicketFailure.INVALID_TICKET,
          "Ticket " + shown + " was issued by single sign-on, and renew asks for a fresh sign-in");
    }
    Optional<EService> eService =
        registry
            .find(ticket.eServiceId())
            .filter(EService::enabled)
            .filter(found -> found.accepts(ticket.service()));
    if (eService.isEmpty()) {
      return Outcome.refused(
          TicketFailure.INVALID_SERVICE,
          "The e-service of ticket " + shown + " is disabled or no longer at this address");
    }
    Optional<Account> account =
        accounts
            .findById(ticket.accountId())
            .filter(found -> found.statusAt(now, aging) != AccountStatus.DISABLED);
    if (account.isEmpty()) {
      return Outcome.refused(
          TicketFailure.INVALID_TICKET, "The account of ticket " + shown + " cannot sign in");
    }
    return new Outcome(Optional.of(validated(account.get(), ticket)), null);
  }

  private ValidatedTicket validated(Account account, ServiceTicket ticket) {
    return new ValidatedTicket(
        account.username(),
        account.email(),
        account.displayName(),
        aging.expiresAt(account.passwordChangedAt()),
        ticket.eServiceId(),
        ticket.fromCredentials());
  }

  /**
   * The start of the ticket as presented, and only characters a ticket may have: the message may
   * reach a log or an XML answer.
   */
  static String shown(SecretToken presented) {
    String text = presented.reveal();
    StringBuilder shown = new StringBuilder("'");
    text.codePoints()
        .limit(SHOWN_CHARACTERS)
        .forEach(c -> shown.append(isTicketCharacter(c) ? (char) c : '?'));
    return shown.append(text.length() > SHOWN_CHARACTERS ? "...'" : "'").toString();
  }

  private static boolean isTicketCharacter(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }
}
