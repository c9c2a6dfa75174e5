package org.singlepassword.application.fakes;

import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.ExpiryWarnings;
import org.singlepassword.application.port.out.ExpiryWarningsContract;
import org.singlepassword.application.port.out.Transactions;

/** The expiry warnings contract, run against the in-memory fake the use case tests rely on. */
class InMemoryExpiryWarningsContractTest extends ExpiryWarningsContract {

  private final InMemoryExpiryWarnings warnings = new InMemoryExpiryWarnings();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final DirectTransactions transactions = new DirectTransactions();

  @Override
  protected ExpiryWarnings expiryWarnings() {
    return warnings;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
