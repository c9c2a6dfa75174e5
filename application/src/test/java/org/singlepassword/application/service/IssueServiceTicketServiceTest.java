package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.SingleSignOnExamples.NOW;
import static org.singlepassword.application.service.SingleSignOnExamples.PASSWORD_CHOSEN_AT;
import static org.singlepassword.application.service.SingleSignOnExamples.SOUL;
import static org.singlepassword.application.service.SingleSignOnExamples.SOUL_LOGIN;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.application.port.in.sso.PasswordChangeRequiredException;
import org.singlepassword.application.port.in.sso.ServiceNotRecognizedException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.SecretToken;

/** A signed-in person is sent on to an e-service with a CAS service ticket, or is not. */
class IssueServiceTicketServiceTest {

  private static final ClientAddress FROM = new ClientAddress("2001:db8::7");

  private final SingleSignOnExamples examples = new SingleSignOnExamples();
  private final IssueServiceTicketService service = service(ServiceTicket.DEFAULT_LIFETIME);
  private Account chan;

  private IssueServiceTicketService service(Duration lifetime) {
    return new IssueServiceTicketService(
        new DirectTransactions(),
        examples.accounts,
        examples.registry,
        examples.tickets,
        examples.audit,
        PasswordAging.defaults(),
        examples.random,
        examples.clock,
        lifetime);
  }

  private SecretToken issue(ServiceUrl service, boolean fromCredentials) {
    return this.service.issueServiceTicket(
        new IssueServiceTicketCommand(chan.id(), service, fromCredentials, Optional.of(FROM)));
  }

  @BeforeEach
  void chanIsSignedInAndSoulRegistered() {
    chan = examples.storeActiveChan();
    examples.registerSoul();
  }

  @Nested
  class WhenIssued {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void standsForThePersonTheEServiceAndTheAddressForTenSeconds(boolean fromCredentials) {
      SecretToken token = issue(SOUL_LOGIN, fromCredentials);

      assertEquals(
          Optional.of(
              new ServiceTicket(
                  token.hash(),
                  chan.id(),
                  SOUL,
                  SOUL_LOGIN,
                  NOW,
                  NOW.plusSeconds(10),
                  fromCredentials)),
          examples.tickets.take(token.hash()));
    }

    @Test
    void isKeptOnlyAsTheHashOfItsToken() {
      SecretToken token = issue(SOUL_LOGIN, true);

      ServiceTicket stored = examples.tickets.take(token.hash()).orElseThrow();
      assertEquals(token.hash(), stored.id());
      assertNotEquals(token.reveal(), stored.id().value());
      assertTrue(stored.toString().indexOf(token.reveal()) < 0);
    }

    /** CAS asks at least 128 random bits; the token has 256, URL-safe. */
    @Test
    void hasTwoHundredFiftySixRandomBits() {
      SecretToken token = issue(SOUL_LOGIN, true);

      assertTrue(token.reveal().matches("[A-Za-z0-9_-]{43}"), token.reveal());
      assertEquals(32, Base64.getUrlDecoder().decode(token.reveal()).length);
    }

    @Test
    void isANewTokenEveryTime() {
      Set<String> tokens =
          IntStream.range(0, 100)
              .mapToObj(index -> issue(SOUL_LOGIN, false).reveal())
              .collect(Collectors.toSet());

      assertEquals(100, tokens.size());
      assertEquals(100, examples.tickets.size());
    }

    @Test
    void isKeptInTheAuditWithTheEServiceAndTheAddressOfThePerson() {
      issue(SOUL_LOGIN, false);

      assertEquals(
          List.of(
              new AuditEvent(
                  NOW,
                  chan.username(),
                  AuditEventType.SERVICE_TICKET_ISSUED,
                  Channel.eService(SOUL),
                  Optional.of(FROM))),
          examples.audit.events());
    }
  }

  @Nested
  class Lifetime {

    @Test
    void isWhatTheServiceIsGiven() {
      SecretToken token =
          service(Duration.ofSeconds(30))
              .issueServiceTicket(
                  new IssueServiceTicketCommand(chan.id(), SOUL_LOGIN, true, Optional.empty()));

      assertEquals(
          NOW.plusSeconds(30), examples.tickets.take(token.hash()).orElseThrow().validUntil());
    }

    @Test
    void isTenSecondsUnlessGiven() {
      IssueServiceTicketService byDefault =
          new IssueServiceTicketService(
              new DirectTransactions(),
              examples.accounts,
              examples.registry,
              examples.tickets,
              examples.audit,
              PasswordAging.defaults(),
              examples.random,
              examples.clock);

      SecretToken token =
          byDefault.issueServiceTicket(
              new IssueServiceTicketCommand(chan.id(), SOUL_LOGIN, true, Optional.empty()));

      assertEquals(
          NOW.plusSeconds(10), examples.tickets.take(token.hash()).orElseThrow().validUntil());
    }

    @Test
    void isFromOneSecondToFiveMinutes() {
      service(Duration.ofSeconds(1));
      service(Duration.ofMinutes(5));

      for (Duration refused :
          List.of(
              Duration.ZERO,
              Duration.ofMillis(999),
              Duration.ofMinutes(5).plusNanos(1),
              Duration.ofSeconds(-10))) {
        assertThrows(IllegalArgumentException.class, () -> service(refused), refused.toString());
      }
    }
  }

  @Nested
  class Refused {

    private void assertNothingIssued() {
      assertEquals(0, examples.tickets.size());
      assertEquals(List.of(), examples.audit.events());
    }

    /** The sign-in page asks first; this is the last line against an open redirect. */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://evil.example/cas/login",
          "https://soul.example.edu/",
          "https://soul.example.edu.evil.example/cas/login"
        })
    void forAnAddressOfNoEService(String address) {
      assertThrows(ServiceNotRecognizedException.class, () -> issue(new ServiceUrl(address), true));
      assertNothingIssued();
    }

    @Test
    void forADisabledEService() {
      examples.changeEService(SOUL, soul -> soul.withEnabled(false));

      assertThrows(ServiceNotRecognizedException.class, () -> issue(SOUL_LOGIN, true));
      assertNothingIssued();
    }

    @Test
    void forADisabledAccount() {
      examples.changeChan(Account::disable);

      assertThrows(AccountDisabledException.class, () -> issue(SOUL_LOGIN, false));
      assertNothingIssued();
    }

    /** Disabled says more than "change your password": a change would not let Chan in. */
    @Test
    void forADisabledAccountWhosePasswordHasExpiredAsDisabled() {
      examples.changeChan(Account::disable);
      examples.clock.set(PASSWORD_CHOSEN_AT.plus(Duration.ofDays(180)));

      assertThrows(AccountDisabledException.class, () -> issue(SOUL_LOGIN, false));
    }

    @Test
    void untilTheInitialPasswordIsChanged() {
      chan = freshlyIssuedAccount();

      assertThrows(PasswordChangeRequiredException.class, () -> issue(SOUL_LOGIN, true));
      assertNothingIssued();
    }

    @Test
    void fromTheMomentThePasswordExpires() {
      examples.clock.set(PASSWORD_CHOSEN_AT.plus(Duration.ofDays(180)).minusNanos(1));
      issue(SOUL_LOGIN, false);
      examples.clock.set(PASSWORD_CHOSEN_AT.plus(Duration.ofDays(180)));

      assertThrows(PasswordChangeRequiredException.class, () -> issue(SOUL_LOGIN, false));
      assertEquals(1, examples.tickets.size());
    }

    @Test
    void whenAnAdministratorExpiredThePassword() {
      examples.changeChan(Account::expirePassword);

      assertThrows(PasswordChangeRequiredException.class, () -> issue(SOUL_LOGIN, true));
      assertNothingIssued();
    }

    @Test
    void forAnAccountThatIsGone() {
      chan = ExampleAccounts.issue(examples.hasher);

      assertThrows(AccountNotFoundException.class, () -> issue(SOUL_LOGIN, true));
      assertNothingIssued();
    }

    /** Lee's account as an administrator issued it, its initial password not yet changed. */
    private Account freshlyIssuedAccount() {
      Account lee =
          Account.issue(
              AccountId.random(),
              new Username("lee.km"),
              new DisplayName("Lee Ka Man"),
              new EmailAddress("lee.km@example.edu"),
              ExampleAccounts.INITIAL,
              PasswordPolicy.faq(),
              examples.hasher,
              Channel.ADMINISTRATOR,
              ExampleAccounts.ISSUED_AT);
      examples.accounts.addIfAbsent(lee);
      return lee;
    }
  }

  @Test
  void aTicketForAnotherAddressOfTheSameEServiceIsBoundToThatAddress() {
    ServiceUrl other = new ServiceUrl("https://soul.example.edu/cas/other");

    SecretToken token = issue(other, true);

    assertEquals(other, examples.tickets.take(token.hash()).orElseThrow().service());
    assertNotEquals(SOUL_LOGIN, other);
  }
}
