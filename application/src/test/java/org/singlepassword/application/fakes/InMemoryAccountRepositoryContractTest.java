package org.singlepassword.application.fakes;

import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AccountRepositoryContract;
import org.singlepassword.application.port.out.Transactions;

/** The account repository contract, run against the in-memory fake the use case tests rely on. */
class InMemoryAccountRepositoryContractTest extends AccountRepositoryContract {

  private final InMemoryAccountRepository repository = new InMemoryAccountRepository();
  private final DirectTransactions transactions = new DirectTransactions();

  @Override
  protected AccountRepository accountRepository() {
    return repository;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
