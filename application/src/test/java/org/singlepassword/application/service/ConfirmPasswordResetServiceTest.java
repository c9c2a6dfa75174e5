package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.fakes.InMemoryPasswordResets;
import org.singlepassword.application.fakes.InMemorySessionStore;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.fakes.RecordingNotifications;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.application.port.in.reset.InvalidResetLinkException;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;
import org.singlepassword.application.port.out.notices.Notifications;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.SecretToken;

/** Setting a new password through the e-mailed link: which links work, and what a reset does. */
class ConfirmPasswordResetServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final ClientAddress FROM = new ClientAddress("203.0.113.7");
  private static final Password NEW = Password.of("Replacement2Pass");
  private static final Password OTHER = Password.of("OtherWay3Password");
  private static final Username LEE = new Username("lee.km");
  private static final PasswordPolicy POLICY = PasswordPolicy.faq();

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryEServiceRegistry eServices = new InMemoryEServiceRegistry();
  private final InMemoryPasswordResets resets = new InMemoryPasswordResets();
  private final InMemorySessionStore sessions = new InMemorySessionStore();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final RecordingNotifications notifications = new RecordingNotifications();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final FakeClock clock = new FakeClock(NOW);
  private final CommitRecordingTransactions transactions = new CommitRecordingTransactions();
  private final SecureRandom random = new SecureRandom();
  private final ConfirmPasswordResetService service = service(accounts, notifications);

  private ConfirmPasswordResetService service(AccountRepository repository, Notifications sent) {
    return new ConfirmPasswordResetService(
        transactions,
        repository,
        resets,
        sessions,
        audit,
        new AccountNotices(sent, transactions, audit, clock),
        POLICY,
        eServices,
        hasher,
        clock);
  }

  /** A link e-mailed to the account now, as the request use case issues it: its token. */
  private SecretToken requestLink(Username username) {
    SecretToken token = SecretToken.generate(random);
    Account account = accounts.findByUsername(username).orElseThrow();
    resets.add(PasswordReset.issue(token.hash(), account, LIFETIME, clock.instant()));
    return token;
  }

  private static ConfirmPasswordResetCommand reset(SecretToken token, Password replacement) {
    return new ConfirmPasswordResetCommand(token, replacement, Optional.of(FROM));
  }

  private void confirm(SecretToken token, Password replacement) {
    service.confirmPasswordReset(reset(token, replacement));
  }

  /** Refused with the one answer for every unusable link, and nothing saved. */
  private void assertRefused(SecretToken token) {
    AccountState before = stored(accounts).state();
    assertThrows(InvalidResetLinkException.class, () -> confirm(token, NEW));
    assertEquals(before, stored(accounts).state());
  }

  /** What the Account Password form stores a minute later: INITIAL replaced with OTHER. */
  private void changeThroughTheForm() {
    clock.advance(Duration.ofMinutes(1));
    administer(
        chan ->
            chan.changePassword(INITIAL, OTHER, POLICY, hasher, Channel.WEB_FORM, clock.instant()));
  }

  private void administer(Consumer<Account> action) {
    Account account = stored(accounts);
    action.accept(account);
    accounts.update(account);
  }

  private void storeLee() {
    accounts.addIfAbsent(
        Account.issue(
            AccountId.random(),
            LEE,
            new DisplayName("Lee Ka Man"),
            new EmailAddress("lee.km@example.edu"),
            INITIAL,
            POLICY,
            hasher,
            Channel.ADMINISTRATOR,
            ISSUED_AT));
  }

  @BeforeEach
  void storeChansAccount() {
    ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class WithAFreshLink {

    @Test
    void setsTheNewPasswordThroughTheResetChannel() {
      confirm(requestLink(CHAN), NEW);

      Account saved = stored(accounts);
      assertEquals(Verification.CORRECT, saved.verifyPassword(NEW, hasher));
      assertEquals(Verification.INCORRECT, saved.verifyPassword(INITIAL, hasher));
      assertEquals(NOW, saved.passwordChangedAt());
      assertEquals(Channel.PASSWORD_RESET, saved.passwordChangedThrough());
      assertEquals(1, saved.state().version());
    }

    @Test
    void worksOnlyOnce() {
      SecretToken token = requestLink(CHAN);
      confirm(token, NEW);

      assertRefused(token);
      assertEquals(Optional.empty(), resets.newestFor(stored(accounts).id()), "none kept");
    }

    @Test
    void endsEverySessionOfTheAccountAndNoOneElses() {
      AccountId chan = stored(accounts).id();
      sessions.add(Session.begin(SecretToken.of("chans-laptop").hash(), chan, NOW));
      sessions.add(Session.begin(SecretToken.of("chans-phone").hash(), chan, NOW));
      sessions.add(Session.begin(SecretToken.of("lees-laptop").hash(), AccountId.random(), NOW));

      confirm(requestLink(CHAN), NEW);

      assertEquals(Optional.empty(), sessions.find(SecretToken.of("chans-laptop").hash()));
      assertEquals(Optional.empty(), sessions.find(SecretToken.of("chans-phone").hash()));
      assertTrue(sessions.find(SecretToken.of("lees-laptop").hash()).isPresent());
    }

    @Test
    void recordsPasswordChangedThroughTheResetWithTheClientAddress() {
      confirm(requestLink(CHAN), NEW);

      assertEquals(
          List.of(
              new AuditEvent(
                  NOW,
                  CHAN,
                  AuditEventType.PASSWORD_CHANGED,
                  Channel.PASSWORD_RESET,
                  Optional.of(FROM))),
          audit.events());
    }

    @Test
    void tellsThePersonOnlyAfterTheResetWasCommitted() {
      SecretToken token = requestLink(CHAN);
      List<Integer> commitsWhenSent = new ArrayList<>();
      Notifications watching =
          notice -> {
            commitsWhenSent.add(transactions.committed());
            notifications.send(notice);
          };

      service(accounts, watching).confirmPasswordReset(reset(token, NEW));

      Account saved = stored(accounts);
      assertEquals(
          List.of(
              new PasswordChangedNotice(
                  saved.email(), saved.displayName(), NOW, Channel.PASSWORD_RESET)),
          notifications.sent());
      assertEquals(List.of(1), commitsWhenSent, "sent once the reset had committed");
    }

    @Test
    void keepsTheNewPasswordWhenTheMailSystemRefusesTheNotice() {
      SecretToken token = requestLink(CHAN);
      Notifications refusing =
          notice -> {
            throw new NoticeNotSentException("SMTP server down", null);
          };

      assertDoesNotThrow(() -> service(accounts, refusing).confirmPasswordReset(reset(token, NEW)));

      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(NEW, hasher));
      assertEquals(
          new AuditEvent(NOW, CHAN, AuditEventType.NOTICE_NOT_SENT, Channel.PASSWORD_RESET),
          audit.events().get(1));
    }
  }

  @Nested
  class ForAnAccountThatNeedsHelp {

    @Test
    void liftsALock() {
      Lockout lockout = new Lockout(1, Duration.ofMinutes(15));
      administer(chan -> chan.recordFailedAttempt(lockout, NOW));
      assertTrue(stored(accounts).isLockedAt(NOW));

      confirm(requestLink(CHAN), NEW);

      assertEquals(Optional.empty(), stored(accounts).lockedUntil());
      assertEquals(0, stored(accounts).failedAttempts());
    }

    @ParameterizedTest
    @EnumSource(names = {"MUST_CHANGE_PASSWORD", "PASSWORD_EXPIRED"})
    void satisfiesARequiredChange(AccountStatus required) {
      if (required == AccountStatus.PASSWORD_EXPIRED) {
        changeThroughTheForm();
        administer(Account::expirePassword);
      }
      assertEquals(required, stored(accounts).status());

      confirm(requestLink(CHAN), NEW);

      assertEquals(AccountStatus.ACTIVE, stored(accounts).status());
    }
  }

  @Nested
  class WithALinkThatCannotBeUsed {

    @Test
    void refusesAnUnknownOrGarbledTokenAndTheStoredHashItself() {
      SecretToken token = requestLink(CHAN);

      assertRefused(SecretToken.of("not-a-token-we-sent"));
      assertRefused(SecretToken.of(""));
      assertRefused(SecretToken.of(token.hash().value()));
    }

    @Test
    void worksUntilJustBeforeTheEndOfItsLifetime() {
      SecretToken token = requestLink(CHAN);
      clock.advance(LIFETIME.minusNanos(1));

      confirm(token, NEW);

      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(NEW, hasher));
    }

    @Test
    void refusesAtExactlyTheEndOfItsLifetimeAndAfter() {
      SecretToken token = requestLink(CHAN);
      clock.advance(LIFETIME);
      assertRefused(token);

      clock.advance(Duration.ofDays(1));
      assertRefused(token);
    }

    @Test
    void refusesEveryOlderLinkOnceANewerOneWasSentEvenInTheSameInstant() {
      SecretToken oldest = requestLink(CHAN);
      SecretToken sameInstant = requestLink(CHAN);
      clock.advance(Duration.ofMinutes(1));
      SecretToken newest = requestLink(CHAN);

      assertRefused(oldest);
      assertRefused(sameInstant);
      confirm(newest, NEW);
    }

    @Test
    void refusesALinkOnceThePasswordWasChangedThroughTheForm() {
      SecretToken token = requestLink(CHAN);
      changeThroughTheForm();

      assertRefused(token);
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(OTHER, hasher));
    }

    @Test
    void refusesTheLinkOfADisabledAccount() {
      SecretToken token = requestLink(CHAN);
      administer(Account::disable);

      assertRefused(token);
    }

    @Test
    void changesOnlyTheAccountTheLinkWasSentFor() {
      storeLee();
      SecretToken chans = requestLink(CHAN);
      SecretToken lees = requestLink(LEE);

      confirm(lees, NEW);

      Account lee = accounts.findByUsername(LEE).orElseThrow();
      assertEquals(Verification.CORRECT, lee.verifyPassword(NEW, hasher));
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
      confirm(chans, OTHER);
    }
  }

  @Nested
  class WithANewPasswordThePolicyRefuses {

    @Test
    void namesEveryUnmetRuleSavesNothingAndTheLinkStillWorks() {
      SecretToken token = requestLink(CHAN);

      PasswordRejectedException rejection =
          assertThrows(
              PasswordRejectedException.class, () -> confirm(token, Password.of("new pass")));

      assertEquals(
          List.of(RuleId.MIN_LENGTH, RuleId.FORBIDDEN_CHARACTER, RuleId.UPPERCASE, RuleId.DIGIT),
          rejection.unmet().stream().map(Violation::rule).toList());
      assertEquals(0, stored(accounts).state().version());
      assertEquals(1, transactions.rolledBack());
      assertEquals(List.of(), audit.events());
      assertEquals(List.of(), notifications.sent());
      confirm(token, NEW);
    }

    @Test
    void refusesTheCurrentPasswordAndTheLinkStillWorks() {
      SecretToken token = requestLink(CHAN);

      PasswordRejectedException rejection =
          assertThrows(PasswordRejectedException.class, () -> confirm(token, INITIAL));

      assertEquals(RuleId.HISTORY, rejection.unmet().get(0).rule());
      confirm(token, NEW);
    }
  }

  @Nested
  class WhenTheAccountChangedMeanwhile {

    @Test
    void reportsAConcurrentChangeSavesNothingAndTheLinkStillWorks() {
      SecretToken token = requestLink(CHAN);
      AccountRepository racing = spy(accounts);
      doAnswer(
              invocation -> {
                Optional<Account> read = accounts.findById(invocation.getArgument(0));
                // A wrong password at an e-service is saved between this read and this save.
                administer(chan -> chan.recordFailedAttempt(Lockout.defaults(), NOW));
                return read;
              })
          .when(racing)
          .findById(any());

      assertThrows(
          ConcurrentChangeException.class,
          () -> service(racing, notifications).confirmPasswordReset(reset(token, NEW)));

      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
      assertEquals(List.of(), audit.events());
      assertEquals(List.of(), notifications.sent());
      confirm(token, NEW);
    }
  }
}
