package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.singlepassword.application.port.in.reset.SendExpiryWarningsUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.ExpiryWarnings;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.port.out.notices.PasswordExpiringNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.policy.PasswordAging;

/**
 * Use case: the daily expiry warnings. Accounts whose password entered the warning window are found
 * by when it was set; a mark per password makes a second run, or a second instance, send nothing
 * again.
 */
public final class SendExpiryWarningsService implements SendExpiryWarningsUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final ExpiryWarnings warnings;
  private final AccountNotices notices;
  private final PasswordAging aging;
  private final Clock clock;

  public SendExpiryWarningsService(
      Transactions transactions,
      AccountRepository accounts,
      ExpiryWarnings warnings,
      AccountNotices notices,
      PasswordAging aging,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.warnings = Objects.requireNonNull(warnings);
    this.notices = Objects.requireNonNull(notices);
    this.aging = Objects.requireNonNull(aging);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public int sendExpiryWarnings() {
    if (aging.maxAge().isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    // Set within (now - maxAge, now - maxAge + window]: not expired yet, but inside the window.
    Instant from = now.minus(aging.maxAge().get());
    Instant to = from.plus(aging.warningWindow());
    List<Account> entering =
        transactions.inTransactionReturning(
            () -> accounts.findWithPasswordSetBetween(from, to.plusNanos(1)));
    int sent = 0;
    for (Account account : entering) {
      if (account.statusAt(now, aging) != AccountStatus.ACTIVE
          || !aging.isInWarningWindow(account.passwordChangedAt(), now)) {
        continue;
      }
      boolean first =
          transactions.inTransactionReturning(
              () -> warnings.markSent(account.id(), account.passwordChangedAt()));
      // Marked before sending, so two instances never both send; a refused one is audited.
      if (first
          && notices.send(
              account,
              new PasswordExpiringNotice(
                  account.email(),
                  account.displayName(),
                  aging.expiresAt(account.passwordChangedAt()).orElseThrow()),
              Channel.ADMINISTRATOR)) {
        sent++;
      }
    }
    return sent;
  }
}
