package org.singlepassword.application.port.in.accounts;

import org.singlepassword.domain.account.Username;

/** Incoming port: IT looks an account up. */
public interface ShowAccountUseCase {

  /**
   * @throws AccountNotFoundException there is no such account
   */
  AccountDetails showAccount(Username username);
}
