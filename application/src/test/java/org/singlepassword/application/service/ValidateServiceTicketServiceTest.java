package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.SingleSignOnExamples.NOW;
import static org.singlepassword.application.service.SingleSignOnExamples.PASSWORD_CHOSEN_AT;
import static org.singlepassword.application.service.SingleSignOnExamples.SOUL;
import static org.singlepassword.application.service.SingleSignOnExamples.SOUL_LOGIN;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.application.port.in.sso.TicketFailure;
import org.singlepassword.application.port.in.sso.TicketValidationException;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketCommand;
import org.singlepassword.application.port.in.sso.ValidatedTicket;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.token.SecretToken;

/**
 * An e-service exchanges a service ticket for the person it stands for: once, within seconds, at
 * the address it was issued for, and only while the e-service and the account may be used.
 */
class ValidateServiceTicketServiceTest {

  private static final String LOGIN = SOUL_LOGIN.value();

  private final SingleSignOnExamples examples = new SingleSignOnExamples();
  private final CommitRecordingTransactions transactions = new CommitRecordingTransactions();
  private Account chan;

  private ValidateServiceTicketService service(PasswordAging aging) {
    return new ValidateServiceTicketService(
        transactions,
        examples.tickets,
        examples.accounts,
        examples.registry,
        aging,
        examples.clock);
  }

  private final ValidateServiceTicketService service = service(PasswordAging.defaults());

  private SecretToken issue(boolean fromCredentials) {
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
            new IssueServiceTicketCommand(
                chan.id(), SOUL_LOGIN, fromCredentials, Optional.empty()));
  }

  private ValidatedTicket validate(SecretToken ticket, String service, boolean renew) {
    return this.service.validateServiceTicket(
        new ValidateServiceTicketCommand(ticket, service, renew));
  }

  private TicketValidationException refused(
      TicketFailure expected, SecretToken ticket, String service, boolean renew) {
    TicketValidationException refusal =
        assertThrows(TicketValidationException.class, () -> validate(ticket, service, renew));
    assertEquals(expected, refusal.failure(), refusal.getMessage());
    return refusal;
  }

  @BeforeEach
  void chanIsSignedInAndSoulRegistered() {
    chan = examples.storeActiveChan();
    examples.registerSoul();
  }

  @Nested
  class AValidTicket {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void standsForThePersonWithWhatTheEServiceMayKnow(boolean fromCredentials) {
      SecretToken ticket = issue(fromCredentials);

      assertEquals(
          new ValidatedTicket(
              chan.username(),
              chan.email(),
              chan.displayName(),
              Optional.of(PASSWORD_CHOSEN_AT.plus(Duration.ofDays(180))),
              SOUL,
              fromCredentials),
          validate(ticket, LOGIN, false));
    }

    /** The e-service hears of the expiry as IT does. */
    @Test
    void namesThePasswordsExpiryAsShowAccountDoes() {
      SecretToken ticket = issue(true);

      assertEquals(
          Accounts.details(chan, PasswordAging.defaults(), NOW).passwordExpiresAt(),
          validate(ticket, LOGIN, false).passwordExpiresAt());
    }

    @Test
    void namesNoExpiryWhenPasswordsNeverExpire() {
      SecretToken ticket = issue(true);

      assertEquals(
          Optional.empty(),
          service(PasswordAging.never())
              .validateServiceTicket(new ValidateServiceTicketCommand(ticket, LOGIN, false))
              .passwordExpiresAt());
    }

    @Test
    void isValidUntilJustBeforeItsEnd() {
      SecretToken ticket = issue(false);
      examples.clock.advance(Duration.ofSeconds(10).minusNanos(1));

      assertEquals(chan.username(), validate(ticket, LOGIN, false).username());
    }

    @Test
    void fromATypedPasswordSatisfiesRenew() {
      SecretToken ticket = issue(true);

      assertTrue(validate(ticket, LOGIN, true).fromCredentials());
    }
  }

  @Nested
  class Refused {

    @Test
    void aSecondTime() {
      SecretToken ticket = issue(true);
      validate(ticket, LOGIN, false);

      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, false);
    }

    @Test
    void atExactlyItsEnd() {
      SecretToken ticket = issue(true);
      examples.clock.advance(Duration.ofSeconds(10));

      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, false);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://soul.example.edu/cas/login",
          "https://soul.example.edu/cas/login?lang=en",
          "https://soul.example.edu/cas/other?lang=zh-HK",
          "https://portal.example.edu/cas/login?lang=zh-HK",
          ""
        })
    void atAnotherAddress(String service) {
      SecretToken ticket = issue(true);

      refused(TicketFailure.INVALID_SERVICE, ticket, service, false);
    }

    @Test
    void fromSingleSignOnWhenRenewAsksForATypedPassword() {
      SecretToken ticket = issue(false);

      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, true);
    }

    @Test
    void whenTheEServiceWasDisabledSinceItWasIssued() {
      SecretToken ticket = issue(true);
      examples.changeEService(SOUL, soul -> soul.withEnabled(false));

      refused(TicketFailure.INVALID_SERVICE, ticket, LOGIN, false);
    }

    @Test
    void whenTheEServiceNoLongerHasTheAddress() {
      SecretToken ticket = issue(true);
      examples.changeEService(
          SOUL,
          soul ->
              new EService(
                  soul.id(),
                  soul.name(),
                  List.of("https://soul.example.edu/sso/*"),
                  soul.secretHash(),
                  true));

      refused(TicketFailure.INVALID_SERVICE, ticket, LOGIN, false);
    }

    @Test
    void whenTheAccountWasDisabledSinceItWasIssued() {
      SecretToken ticket = issue(false);
      examples.changeChan(Account::disable);

      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, false);
    }

    @Test
    void whenItWasNeverIssued() {
      refused(TicketFailure.INVALID_TICKET, SecretToken.generate(examples.random), LOGIN, false);
    }
  }

  /** Whatever the answer, the ticket cannot be tried again: a refusal does not put it back. */
  @Nested
  class UsedUpWhateverTheAnswer {

    @Test
    void whenPresentedAtTheWrongAddress() {
      SecretToken ticket = issue(true);
      refused(TicketFailure.INVALID_SERVICE, ticket, "https://soul.example.edu/cas/other", false);

      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, false);
    }

    @Test
    void whenRenewWasAskedOfASingleSignOnTicket() {
      SecretToken ticket = issue(false);
      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, true);

      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, false);
    }

    @Test
    void whenTheEServiceIsEnabledAgainAfterARefusal() {
      SecretToken ticket = issue(true);
      examples.changeEService(SOUL, soul -> soul.withEnabled(false));
      refused(TicketFailure.INVALID_SERVICE, ticket, LOGIN, false);
      examples.changeEService(SOUL, soul -> soul.withEnabled(true));

      refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, false);
    }

    /** The take commits, and the refusal is thrown after: it never rolls the take back. */
    @Test
    void theRefusalIsThrownAfterTheTakeIsCommitted() {
      SecretToken ticket = issue(true);

      refused(TicketFailure.INVALID_SERVICE, ticket, "https://soul.example.edu/cas/other", false);

      assertEquals(1, transactions.committed());
      assertEquals(0, transactions.rolledBack());
      assertEquals(0, examples.tickets.size());
    }
  }

  @Nested
  class TheRefusalsMessage {

    @Test
    void namesTheTicketByItsFirstCharactersOnly() {
      SecretToken presented = SecretToken.of("ST-AbCdEfGhIjKlMnOpQrStUvWxYz");

      String message = refused(TicketFailure.INVALID_TICKET, presented, LOGIN, false).getMessage();

      assertEquals("Ticket 'ST-AbCdE...' not recognized", message);
    }

    @Test
    void repeatsNoCharacterATicketCannotHave() {
      SecretToken presented = SecretToken.of("<x>\r\n&y");

      String message = refused(TicketFailure.INVALID_TICKET, presented, LOGIN, false).getMessage();

      assertEquals("Ticket '?x????y' not recognized", message);
    }

    @Test
    void showsAShortTicketWhole() {
      assertEquals("'ST-1'", ValidateServiceTicketService.shown(SecretToken.of("ST-1")));
      assertEquals("''", ValidateServiceTicketService.shown(SecretToken.of("")));
    }

    @Test
    void namesNoMoreOfAnIssuedTicketThanItsStart() {
      SecretToken ticket = issue(true);
      examples.clock.advance(Duration.ofMinutes(1));

      String message = refused(TicketFailure.INVALID_TICKET, ticket, LOGIN, false).getMessage();

      assertFalse(message.contains(ticket.reveal().substring(0, 9)), message);
      assertTrue(message.contains(ticket.reveal().substring(0, 8)), message);
    }
  }
}
