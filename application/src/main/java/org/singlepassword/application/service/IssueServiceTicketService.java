package org.singlepassword.application.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.application.port.in.sso.IssueServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.PasswordChangeRequiredException;
import org.singlepassword.application.port.in.sso.ServiceNotRecognizedException;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.SecretToken;

/**
 * Use case: a signed-in person is sent on to an e-service with a CAS service ticket. The account is
 * read fresh, so a disabled account or a password that must change first gets no ticket; the ticket
 * is stored as a hash, bound to the e-service and the address, and kept in the audit.
 */
public final class IssueServiceTicketService implements IssueServiceTicketUseCase {

  /** Long enough for a slow redirect and one validation; CAS recommends five minutes at most. */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  /** Shorter would not survive the truncation of instants to the microsecond, nor a slow link. */
  public static final Duration MIN_LIFETIME = Duration.ofSeconds(1);

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final EServiceRegistry registry;
  private final ServiceTickets tickets;
  private final AuditTrail audit;
  private final PasswordAging aging;
  private final SecureRandom random;
  private final Clock clock;
  private final Duration lifetime;

  /** Tickets valid for {@link ServiceTicket#DEFAULT_LIFETIME}. */
  public IssueServiceTicketService(
      Transactions transactions,
      AccountRepository accounts,
      EServiceRegistry registry,
      ServiceTickets tickets,
      AuditTrail audit,
      PasswordAging aging,
      SecureRandom random,
      Clock clock) {
    this(
        transactions,
        accounts,
        registry,
        tickets,
        audit,
        aging,
        random,
        clock,
        ServiceTicket.DEFAULT_LIFETIME);
  }

  /**
   * @throws IllegalArgumentException the lifetime is shorter than {@link #MIN_LIFETIME} or longer
   *     than {@link #MAX_LIFETIME}
   */
  public IssueServiceTicketService(
      Transactions transactions,
      AccountRepository accounts,
      EServiceRegistry registry,
      ServiceTickets tickets,
      AuditTrail audit,
      PasswordAging aging,
      SecureRandom random,
      Clock clock,
      Duration lifetime) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.registry = Objects.requireNonNull(registry);
    this.tickets = Objects.requireNonNull(tickets);
    this.audit = Objects.requireNonNull(audit);
    this.aging = Objects.requireNonNull(aging);
    this.random = Objects.requireNonNull(random);
    this.clock = Objects.requireNonNull(clock);
    this.lifetime = Objects.requireNonNull(lifetime);
    if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException(
          "a service ticket lives from "
              + MIN_LIFETIME.toSeconds()
              + " to "
              + MAX_LIFETIME.toSeconds()
              + " seconds, not "
              + lifetime);
    }
  }

  @Override
  public SecretToken issueServiceTicket(IssueServiceTicketCommand command) {
    return transactions.inTransactionReturning(() -> issue(command));
  }

  private SecretToken issue(IssueServiceTicketCommand command) {
    Instant now = clock.instant();
    Account account =
        accounts
            .findById(command.accountId())
            .orElseThrow(() -> new AccountNotFoundException(command.accountId()));
    AccountStatus status = account.statusAt(now, aging);
    if (status == AccountStatus.DISABLED) {
      throw new AccountDisabledException();
    }
    if (status.requiresPasswordChange()) {
      throw new PasswordChangeRequiredException();
    }
    EService eService =
        EServices.forAddress(registry.list(), command.service())
            .orElseThrow(ServiceNotRecognizedException::new);
    SecretToken token = SecretToken.generate(random);
    tickets.add(
        ServiceTicket.issue(
            token.hash(),
            account.id(),
            eService.id(),
            command.service(),
            command.fromCredentials(),
            lifetime,
            now));
    audit.record(
        new AuditEvent(
            now,
            account.username(),
            AuditEventType.SERVICE_TICKET_ISSUED,
            Channel.eService(eService.id()),
            command.clientAddress()));
    return token;
  }
}
