package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.ISSUED_AT;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryExpiryWarnings;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.fakes.RecordingNotifications;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;
import org.singlepassword.application.port.out.notices.PasswordExpiringNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * The daily run that e-mails "your password expires on …" once per password, to accounts whose
 * password has entered the warning window (by default the last 14 of 180 days).
 */
class SendExpiryWarningsServiceTest {

  private static final Instant CHANGED_AT = Instant.parse("2025-09-03T10:15:00Z");
  private static final PasswordAging AGING = PasswordAging.defaults();
  private static final Duration MAX_AGE = AGING.maxAge().orElseThrow();
  private static final Instant EXPIRES_AT = CHANGED_AT.plus(MAX_AGE);
  private static final Instant WINDOW_OPENS = EXPIRES_AT.minus(AGING.warningWindow());
  private static final Password CHOSEN = Password.of("Chosen2Password");

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryExpiryWarnings warnings = new InMemoryExpiryWarnings();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final RecordingNotifications notifications = new RecordingNotifications();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final FakeClock clock = new FakeClock(CHANGED_AT);
  private final SendExpiryWarningsService service = service(AGING);

  private SendExpiryWarningsService service(PasswordAging aging) {
    DirectTransactions transactions = new DirectTransactions();
    return new SendExpiryWarningsService(
        transactions,
        accounts,
        warnings,
        new AccountNotices(notifications, transactions, audit, clock),
        aging,
        clock);
  }

  /** Runs the daily job at that moment. */
  private int runAt(Instant moment) {
    clock.set(moment);
    return service.sendExpiryWarnings();
  }

  private void administer(Username username, Consumer<Account> action) {
    Account account = accounts.findByUsername(username).orElseThrow();
    action.accept(account);
    accounts.update(account);
  }

  /** The person replaces the password on the Account Password form at that moment. */
  private void change(Username username, Password current, Password replacement, Instant at) {
    administer(
        username,
        account ->
            account.changePassword(
                current, replacement, PasswordPolicy.faq(), hasher, Channel.WEB_FORM, at));
  }

  private void storeLee() {
    accounts.addIfAbsent(
        Account.issue(
            AccountId.random(),
            new Username("lee.km"),
            new DisplayName("Lee Ka Man"),
            new EmailAddress("lee.km@example.edu"),
            INITIAL,
            PasswordPolicy.faq(),
            hasher,
            Channel.ADMINISTRATOR,
            ISSUED_AT));
    change(new Username("lee.km"), INITIAL, CHOSEN, CHANGED_AT.plus(Duration.ofHours(1)));
  }

  private List<PasswordExpiringNotice> warningsSent() {
    return notifications.sent().stream().map(PasswordExpiringNotice.class::cast).toList();
  }

  @BeforeEach
  void storeChansAccountWithAChosenPassword() {
    ExampleAccounts.store(accounts, hasher);
    change(CHAN, INITIAL, CHOSEN, CHANGED_AT);
  }

  @Nested
  class InsideTheWarningWindow {

    @Test
    void sendsOneWarningWithTheMomentThePasswordExpires() {
      assertEquals(1, runAt(CHANGED_AT.plus(Duration.ofDays(170))));

      Account chan = stored(accounts);
      assertEquals(
          List.of(new PasswordExpiringNotice(chan.email(), chan.displayName(), EXPIRES_AT)),
          warningsSent());
    }

    @Test
    void warnsFromTheMomentTheWindowOpens() {
      assertEquals(1, runAt(WINDOW_OPENS));
    }

    @Test
    void warnsUntilJustBeforeThePasswordExpires() {
      assertEquals(1, runAt(EXPIRES_AT.minusNanos(1)));
    }

    @Test
    void sendsNothingOnASecondRun() {
      runAt(WINDOW_OPENS.plus(Duration.ofHours(2)));

      assertEquals(0, runAt(WINDOW_OPENS.plus(Duration.ofHours(2))));
      assertEquals(0, runAt(WINDOW_OPENS.plus(Duration.ofDays(1))));
      assertEquals(1, warningsSent().size());
    }

    @Test
    void countsEveryWarningSentInTheRun() {
      storeLee();

      assertEquals(2, runAt(CHANGED_AT.plus(Duration.ofDays(170))));
      assertEquals(2, warningsSent().size());
    }

    @Test
    void warnsANewPasswordAgainWhenItEntersItsOwnWindow() {
      runAt(CHANGED_AT.plus(Duration.ofDays(170)));
      Instant changedAgain = CHANGED_AT.plus(Duration.ofDays(171));
      change(CHAN, CHOSEN, Password.of("Renewed3Password"), changedAgain);

      assertEquals(0, runAt(changedAgain.plus(Duration.ofDays(10))));
      assertEquals(1, runAt(changedAgain.plus(Duration.ofDays(170))));

      assertEquals(
          List.of(EXPIRES_AT, changedAgain.plus(MAX_AGE)),
          warningsSent().stream().map(PasswordExpiringNotice::expiresAt).toList());
    }
  }

  @Nested
  class WhenTheMailSystemRefusesTheWarning {

    private final SendExpiryWarningsService refused =
        new SendExpiryWarningsService(
            new DirectTransactions(),
            accounts,
            warnings,
            new AccountNotices(
                notice -> {
                  throw new NoticeNotSentException("SMTP server down", null);
                },
                new DirectTransactions(),
                audit,
                clock),
            AGING,
            clock);

    @Test
    void recordsThatTheNoticeWasNotSent() {
      clock.set(WINDOW_OPENS);

      refused.sendExpiryWarnings();

      assertEquals(List.of(AuditEventType.NOTICE_NOT_SENT), audit.types());
      assertEquals(CHAN, audit.events().get(0).username());
    }

    @Test
    void doesNotCountAWarningTheMailSystemRefused() {
      clock.set(WINDOW_OPENS);

      assertEquals(0, refused.sendExpiryWarnings());
    }
  }

  @Nested
  class OutsideTheWarningWindow {

    @Test
    void sendsNothingBeforeTheWindowOpens() {
      assertEquals(0, runAt(CHANGED_AT.plus(Duration.ofDays(100))));
      assertEquals(0, runAt(WINDOW_OPENS.minusNanos(1)));
      assertTrue(warningsSent().isEmpty());
    }

    @Test
    void sendsNothingOnceThePasswordHasExpired() {
      assertEquals(0, runAt(EXPIRES_AT));
      assertEquals(0, runAt(EXPIRES_AT.plus(Duration.ofDays(3))));
      assertTrue(warningsSent().isEmpty());
    }

    @Test
    void leavesAnExpiredPasswordUnmarkedForItsOwner() {
      runAt(EXPIRES_AT);

      assertTrue(warnings.markSent(stored(accounts).id(), CHANGED_AT), "nothing was marked");
    }
  }

  @Nested
  class WhenNoWarningIsDue {

    @Test
    void sendsNothingToAnAccountThatMustChangeItsInitialPassword() {
      accounts.addIfAbsent(
          Account.issue(
              AccountId.random(),
              new Username("lee.km"),
              new DisplayName("Lee Ka Man"),
              new EmailAddress("lee.km@example.edu"),
              INITIAL,
              PasswordPolicy.faq(),
              hasher,
              Channel.ADMINISTRATOR,
              CHANGED_AT));

      assertEquals(1, runAt(CHANGED_AT.plus(Duration.ofDays(170))), "Chan's only");
    }

    @Test
    void sendsNothingToAnAccountAnAdministratorExpired() {
      administer(CHAN, Account::expirePassword);

      assertEquals(0, runAt(CHANGED_AT.plus(Duration.ofDays(170))));
    }

    @Test
    void sendsNothingToADisabledAccount() {
      administer(CHAN, Account::disable);

      assertEquals(0, runAt(CHANGED_AT.plus(Duration.ofDays(170))));
    }

    @Test
    void sendsNothingWhenPasswordsNeverExpire() {
      PasswordAging noMaximumAge =
          new PasswordAging(Optional.empty(), AGING.warningWindow(), Optional.empty());
      clock.set(CHANGED_AT.plus(Duration.ofDays(170)));

      assertEquals(0, service(noMaximumAge).sendExpiryWarnings());
      assertEquals(0, service(PasswordAging.never()).sendExpiryWarnings());
      assertTrue(warningsSent().isEmpty());
    }
  }
}
