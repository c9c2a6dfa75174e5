package org.singlepassword.application.fakes;

import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.SessionStoreContract;

/** The session store contract, run against the in-memory fake the use case tests rely on. */
class InMemorySessionStoreContractTest extends SessionStoreContract {

  private final InMemorySessionStore sessions = new InMemorySessionStore();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

  @Override
  protected SessionStore sessionStore() {
    return sessions;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }
}
