package org.singlepassword.application.fakes;

import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.PasswordResetsContract;

/** The password resets contract, run against the in-memory fake the use case tests rely on. */
class InMemoryPasswordResetsContractTest extends PasswordResetsContract {

  private final InMemoryPasswordResets resets = new InMemoryPasswordResets();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

  @Override
  protected PasswordResets passwordResets() {
    return resets;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }
}
