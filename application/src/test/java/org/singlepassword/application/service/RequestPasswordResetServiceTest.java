package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.application.service.ExampleAccounts.stored;
import static org.singlepassword.application.service.RequestPasswordResetService.LINKS_PER_HOUR;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryPasswordResets;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.fakes.RecordingNotifications;
import org.singlepassword.application.port.in.reset.RequestPasswordResetCommand;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.Links;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.notices.PasswordResetLinkNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/** "Forgot your password?": who gets a link, where it goes, and how often. */
class RequestPasswordResetServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final ClientAddress FROM = new ClientAddress("203.0.113.7");
  private static final EmailAddress CHANS_EMAIL = new EmailAddress("chan.tm@example.edu");
  private static final Username LEE = new Username("lee.km");

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryPasswordResets resets = new InMemoryPasswordResets();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final RecordingNotifications notifications = new RecordingNotifications();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final FakeClock clock = new FakeClock(NOW);
  private final List<Runnable> backgroundTasks = new ArrayList<>();
  private final List<SecretToken> linkedTokens = new ArrayList<>();
  private final Links links =
      token -> {
        linkedTokens.add(token);
        return URI.create("https://sp.example.edu/password/reset?token=" + token.reveal());
      };
  private final RequestPasswordResetService service =
      service(backgroundTasks::add, accounts, resets);

  private RequestPasswordResetService service(
      Executor background, AccountRepository repository, PasswordResets passwordResets) {
    DirectTransactions transactions = new DirectTransactions();
    return new RequestPasswordResetService(
        transactions,
        repository,
        passwordResets,
        audit,
        new AccountNotices(notifications, transactions, audit, clock),
        links,
        background,
        new SecureRandom(),
        LIFETIME,
        clock);
  }

  /** Asks for a link and lets the background do its work, as it will a moment later. */
  private void request(Optional<Username> username, Optional<EmailAddress> email) {
    service.requestPasswordReset(
        new RequestPasswordResetCommand(username, email, Optional.of(FROM)));
    backgroundTasks.remove(0).run();
  }

  private List<PasswordResetLinkNotice> linksSent() {
    return notifications.sent().stream().map(PasswordResetLinkNotice.class::cast).toList();
  }

  private List<EmailAddress> addressees() {
    return linksSent().stream().map(PasswordResetLinkNotice::to).toList();
  }

  private static SecretToken tokenIn(PasswordResetLinkNotice notice) {
    String query = notice.link().getQuery();
    return SecretToken.of(query.substring(query.indexOf("token=") + "token=".length()));
  }

  private Account store(Username username, EmailAddress email) {
    Account account =
        Account.issue(
            AccountId.random(),
            username,
            new DisplayName("Lee Ka Man"),
            email,
            ExampleAccounts.INITIAL,
            PasswordPolicy.faq(),
            hasher,
            Channel.ADMINISTRATOR,
            ISSUED_AT);
    assertTrue(accounts.addIfAbsent(account));
    return account;
  }

  private void disable(Username username) {
    Account account = accounts.findByUsername(username).orElseThrow();
    account.disable();
    accounts.update(account);
  }

  @BeforeEach
  void storeChansAccount() {
    ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class TheAnswer {

    @Test
    void comesBeforeAnyWorkIsDone() {
      AccountRepository watchedAccounts = spy(accounts);
      PasswordResets watchedResets = spy(resets);
      List<Runnable> recorded = new ArrayList<>();

      service(recorded::add, watchedAccounts, watchedResets)
          .requestPasswordReset(
              new RequestPasswordResetCommand(
                  Optional.of(CHAN), Optional.empty(), Optional.of(FROM)));

      verifyNoInteractions(watchedAccounts, watchedResets);
      assertTrue(notifications.sent().isEmpty());
      assertTrue(audit.events().isEmpty());
      assertEquals(1, recorded.size());

      recorded.get(0).run();

      assertEquals(List.of(CHANS_EMAIL), addressees());
    }

    @Test
    void isTheSameForAnUnknownAccount() {
      service.requestPasswordReset(
          new RequestPasswordResetCommand(
              Optional.of(new Username("nobody")), Optional.empty(), Optional.of(FROM)));

      assertEquals(1, backgroundTasks.size(), "accepted like any other, to be handled later");
      backgroundTasks.remove(0).run();
      assertTrue(notifications.sent().isEmpty());
    }
  }

  @Nested
  class ForAKnownUsername {

    @Test
    void sendsALinkToTheAccountsOwnAddressValidForTheLifetime() {
      request(Optional.of(CHAN), Optional.empty());

      PasswordResetLinkNotice notice = linksSent().get(0);
      assertEquals(1, linksSent().size());
      assertEquals(CHANS_EMAIL, notice.to());
      assertEquals(stored(accounts).displayName(), notice.name());
      assertEquals(NOW.plus(LIFETIME), notice.validUntil());
    }

    @Test
    void takesTheLinkFromTheLinksPortAndStoresOnlyTheHashOfItsToken() {
      request(Optional.of(CHAN), Optional.empty());

      SecretToken token = tokenIn(linksSent().get(0));
      assertEquals(
          List.of(token.reveal()), linkedTokens.stream().map(SecretToken::reveal).toList());
      TokenHash storedId = resets.newestFor(stored(accounts).id()).orElseThrow().id();
      assertEquals(token.hash(), storedId);
      assertEquals(Optional.empty(), resets.find(new TokenHash(token.reveal())));
    }

    @Test
    void recordsTheRequestWithTheClientAddress() {
      request(Optional.of(CHAN), Optional.empty());

      assertEquals(
          List.of(
              new AuditEvent(
                  NOW,
                  CHAN,
                  AuditEventType.PASSWORD_RESET_REQUESTED,
                  Channel.PASSWORD_RESET,
                  Optional.of(FROM))),
          audit.events());
    }

    @Test
    void neverSendsToAnAddressGivenInTheRequest() {
      request(Optional.of(CHAN), Optional.of(new EmailAddress("mallory@example.org")));

      assertEquals(List.of(CHANS_EMAIL), addressees());
    }
  }

  @Nested
  class LookingTheAccountUp {

    @Test
    void triesTheEmailWhenNoAccountHasTheUsername() {
      request(Optional.of(new Username("chan.tm@example.edu")), Optional.of(CHANS_EMAIL));

      assertEquals(List.of(CHANS_EMAIL), addressees());
      assertEquals(List.of(CHAN), audit.events().stream().map(AuditEvent::username).toList());
    }

    @Test
    void prefersTheUsernameToTheEmail() {
      store(LEE, new EmailAddress("lee.km@example.edu"));

      request(Optional.of(CHAN), Optional.of(new EmailAddress("lee.km@example.edu")));

      assertEquals(List.of(CHAN), audit.events().stream().map(AuditEvent::username).toList());
    }

    @Test
    void sendsEachAccountOfASharedEmailItsOwnLink() {
      Account lee = store(LEE, CHANS_EMAIL);

      request(Optional.empty(), Optional.of(CHANS_EMAIL));

      List<AccountId> linkedAccounts =
          linksSent().stream()
              .map(notice -> resets.find(tokenIn(notice).hash()).orElseThrow().accountId())
              .toList();
      assertEquals(2, linkedAccounts.size());
      assertEquals(Set.of(stored(accounts).id(), lee.id()), Set.copyOf(linkedAccounts));
      assertEquals(List.of(CHANS_EMAIL, CHANS_EMAIL), addressees());
    }

    @Test
    void sendsNothingAndRecordsNothingForAnUnknownUsernameOrEmail() {
      request(Optional.of(new Username("nobody")), Optional.of(new EmailAddress("no@example.edu")));

      assertTrue(notifications.sent().isEmpty());
      assertTrue(audit.events().isEmpty());
      assertEquals(0, resets.countIssuedSince(stored(accounts).id(), ISSUED_AT));
    }
  }

  @Nested
  class ForADisabledAccount {

    @Test
    void sendsNoLinkByUsername() {
      disable(CHAN);

      request(Optional.of(CHAN), Optional.empty());

      assertTrue(notifications.sent().isEmpty());
      assertTrue(audit.events().isEmpty());
      assertEquals(Optional.empty(), resets.newestFor(stored(accounts).id()));
    }

    @Test
    void sendsNoLinkByEmailButStillOneToTheOtherAccountOfTheAddress() {
      store(LEE, CHANS_EMAIL);
      disable(CHAN);

      request(Optional.empty(), Optional.of(CHANS_EMAIL));

      assertEquals(List.of(LEE), audit.events().stream().map(AuditEvent::username).toList());
      assertEquals(1, linksSent().size());
    }
  }

  @Nested
  class AtTheRateLimit {

    private void requestForChan(int times) {
      for (int request = 0; request < times; request++) {
        request(Optional.of(CHAN), Optional.empty());
      }
    }

    @Test
    void sendsUpToTheLimitWithinAnHour() {
      requestForChan(LINKS_PER_HOUR);

      assertEquals(LINKS_PER_HOUR, linksSent().size());
    }

    @Test
    void sendsNothingAndRecordsNothingBeyondTheLimit() {
      requestForChan(LINKS_PER_HOUR);
      clock.advance(Duration.ofMinutes(59));

      requestForChan(1);

      assertEquals(LINKS_PER_HOUR, linksSent().size());
      assertEquals(LINKS_PER_HOUR, audit.events().size());
      assertEquals(LINKS_PER_HOUR, resets.countIssuedSince(stored(accounts).id(), NOW));
    }

    @Test
    void sendsAgainAnHourLater() {
      requestForChan(LINKS_PER_HOUR + 1);
      clock.advance(Duration.ofHours(1).plusSeconds(1));

      requestForChan(1);

      assertEquals(LINKS_PER_HOUR + 1, linksSent().size());
    }

    @Test
    void countsTheHourFromEachLinkSoTheWindowSlides() {
      requestForChan(1);
      clock.advance(Duration.ofMinutes(40));
      requestForChan(2);
      clock.advance(Duration.ofMinutes(21));

      requestForChan(2);

      assertEquals(4, linksSent().size(), "only the first link has left the hour");
    }

    @Test
    void limitsEachAccountApart() {
      store(LEE, new EmailAddress("lee.km@example.edu"));
      requestForChan(LINKS_PER_HOUR);

      request(Optional.of(LEE), Optional.empty());

      assertEquals(LINKS_PER_HOUR + 1, linksSent().size());
    }
  }
}
