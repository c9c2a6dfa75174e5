package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.port.out.ContractSamples.LATER;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/**
 * Port contract: what every {@link ServiceTickets} does, run against the in-memory fake and each
 * real adapter. A ticket belongs to a stored account, so the contract stores one first; instants
 * are given at microsecond precision, the most an adapter keeps.
 */
public abstract class ServiceTicketsContract {

  /** More than two, so that a take which merely alternates would show. */
  private static final int RACERS = 4;

  private static final int RACED_TICKETS = 25;
  private static final Duration LIFETIME = ServiceTicket.DEFAULT_LIFETIME;
  private static final Duration MICROSECOND = Duration.of(1, ChronoUnit.MICROS);
  private static final EServiceId SOUL = new EServiceId("soul");
  private static final ServiceUrl LOGIN = new ServiceUrl("https://soul.example.edu/cas/login");

  /**
   * The years in which the expiry tests issue their tickets, which no other test uses: the tickets
   * of other tests in a shared store do not change their counts.
   */
  private static final Instant EXPIRY_YEARS = Instant.parse("2031-03-01T10:00:00.000001Z");

  private final SecureRandom random = new SecureRandom();

  /** The tickets under test; every call within one test returns the same store. */
  protected abstract ServiceTickets serviceTickets();

  /** The accounts of the same store, to which the tickets belong. */
  protected abstract AccountRepository accountRepository();

  /** The transactions of the same store, in which a validation takes its ticket. */
  protected abstract Transactions transactions();

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void givesATicketBackOnceByTheHashOfItsToken(boolean fromCredentials) {
    ServiceTicket ticket = ticket(storedAccount(), LATER, fromCredentials);

    serviceTickets().add(ticket);

    assertEquals(Optional.of(ticket), serviceTickets().take(ticket.id()));
    assertEquals(Optional.empty(), serviceTickets().take(ticket.id()), "used up");
  }

  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#trickyInstants")
  void keepsBothInstantsToTheMicrosecond(Instant issuedAt) {
    ServiceTicket ticket =
        new ServiceTicket(
            newTokenHash(),
            storedAccount(),
            SOUL,
            LOGIN,
            issuedAt,
            issuedAt.plus(LIFETIME).plus(MICROSECOND),
            true);

    serviceTickets().add(ticket);

    assertEquals(Optional.of(ticket), serviceTickets().take(ticket.id()));
  }

  /** The longest address there is, with a query and characters beyond ASCII, comes back as is. */
  @Test
  void keepsTheAddressAsGiven() {
    String stem = "https://soul.example.edu/學生/login?lang=zh-HK&name=";
    ServiceUrl longest = new ServiceUrl(stem + "x".repeat(ServiceUrl.MAX_LENGTH - stem.length()));
    ServiceTicket ticket =
        ServiceTicket.issue(
            newTokenHash(),
            storedAccount(),
            new EServiceId("learner-portal"),
            longest,
            false,
            LIFETIME,
            LATER);

    serviceTickets().add(ticket);

    assertEquals(Optional.of(ticket), serviceTickets().take(ticket.id()));
  }

  @Test
  void givesNothingForAnUnknownTicket() {
    assertEquals(Optional.empty(), serviceTickets().take(newTokenHash()));
  }

  @Test
  void takingOneTicketLeavesTheOthers() {
    AccountId account = storedAccount();
    ServiceTicket taken = ticket(account, LATER, false);
    ServiceTicket kept = ticket(account, LATER, false);
    serviceTickets().add(taken);
    serviceTickets().add(kept);

    serviceTickets().take(taken.id());

    assertEquals(Optional.of(kept), serviceTickets().take(kept.id()));
  }

  /** Expired at the end of its lifetime exactly, as {@link ServiceTicket#isValidAt} has it. */
  @Test
  void forgetsTheTicketsExpiredByNowAndOnlyThose() {
    serviceTickets().removeExpired(EXPIRY_YEARS);
    AccountId account = storedAccount();
    Instant now = EXPIRY_YEARS.plus(Duration.ofDays(1));
    List<ServiceTicket> expired =
        List.of(
            ticket(account, EXPIRY_YEARS, false),
            ticket(account, now.minus(LIFETIME).minus(MICROSECOND), true),
            ticket(account, now.minus(LIFETIME), false));
    List<ServiceTicket> valid =
        List.of(
            ticket(account, now.minus(LIFETIME).plus(MICROSECOND), false),
            ticket(account, now, true));
    expired.forEach(serviceTickets()::add);
    valid.forEach(serviceTickets()::add);

    assertEquals(expired.size(), serviceTickets().removeExpired(now));

    for (ServiceTicket ticket : expired) {
      assertEquals(Optional.empty(), serviceTickets().take(ticket.id()));
    }
    for (ServiceTicket ticket : valid) {
      assertEquals(Optional.of(ticket), serviceTickets().take(ticket.id()));
    }
  }

  /** An instant from a clock may fall between two microseconds: expiry stays exact. */
  @Test
  void forgetsFromAnInstantFinerThanAMicrosecondAsExactly() {
    serviceTickets().removeExpired(EXPIRY_YEARS);
    ServiceTicket ticket = ticket(storedAccount(), EXPIRY_YEARS, false);
    serviceTickets().add(ticket);

    assertEquals(0, serviceTickets().removeExpired(ticket.validUntil().minusNanos(1)));
    assertEquals(1, serviceTickets().removeExpired(ticket.validUntil().plusNanos(1)));
    assertEquals(0, serviceTickets().removeExpired(ticket.validUntil().plusSeconds(1)));
  }

  /**
   * Several instances validating the same tickets at once, each in a transaction of its own as the
   * use case takes them: every ticket goes to exactly one of them. The racers take the tickets in
   * the same order, so that each take meets the others' on the same ticket.
   */
  @Test
  void ofConcurrentTakesOfOneTicketExactlyOneGetsIt() throws Exception {
    AccountId account = storedAccount();
    List<ServiceTicket> tickets =
        IntStream.range(0, RACED_TICKETS).mapToObj(index -> ticket(account, LATER, true)).toList();
    tickets.forEach(serviceTickets()::add);

    List<List<ServiceTicket>> taken =
        Race.run(
            RACERS,
            (racer, allBegan) -> {
              allBegan.run();
              List<ServiceTicket> mine = new ArrayList<>();
              for (ServiceTicket ticket : tickets) {
                transactions()
                    .inTransactionReturning(() -> serviceTickets().take(ticket.id()))
                    .ifPresent(mine::add);
              }
              return mine;
            });

    List<ServiceTicket> all = taken.stream().flatMap(List::stream).toList();
    assertEquals(RACED_TICKETS, all.size(), "taken: " + taken.stream().map(List::size).toList());
    assertEquals(Set.copyOf(tickets), Set.copyOf(all));
  }

  private ServiceTicket ticket(AccountId account, Instant issuedAt, boolean fromCredentials) {
    return ServiceTicket.issue(
        newTokenHash(), account, SOUL, LOGIN, fromCredentials, LIFETIME, issuedAt);
  }

  private AccountId storedAccount() {
    Account account = ContractSamples.issue(new FakePasswordHasher());
    assertTrue(accountRepository().addIfAbsent(account));
    return account.id();
  }

  private TokenHash newTokenHash() {
    return SecretToken.generate(random).hash();
  }
}
