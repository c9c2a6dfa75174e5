package org.singlepassword.application.service;

import java.time.Clock;
import java.util.Objects;
import org.singlepassword.application.port.in.accounts.AccountDetails;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.accounts.ShowAccountUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.policy.PasswordAging;

/** Use case: IT looks an account up, with its status as it stands now. */
public final class ShowAccountService implements ShowAccountUseCase {

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordAging aging;
  private final Clock clock;

  public ShowAccountService(
      Transactions transactions, AccountRepository accounts, PasswordAging aging, Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.aging = Objects.requireNonNull(aging);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public AccountDetails showAccount(Username username) {
    return transactions.inTransactionReturning(
        () ->
            accounts
                .findByUsername(username)
                .map(account -> Accounts.details(account, aging, clock.instant()))
                .orElseThrow(() -> new AccountNotFoundException(username)));
  }
}
