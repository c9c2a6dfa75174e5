package org.singlepassword.application.fakes;

import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.application.port.out.ServiceTicketsContract;
import org.singlepassword.application.port.out.Transactions;

/** The service tickets contract, run against the in-memory fake the use case tests rely on. */
class InMemoryServiceTicketsContractTest extends ServiceTicketsContract {

  private final InMemoryServiceTickets tickets = new InMemoryServiceTickets();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final DirectTransactions transactions = new DirectTransactions();

  @Override
  protected ServiceTickets serviceTickets() {
    return tickets;
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
