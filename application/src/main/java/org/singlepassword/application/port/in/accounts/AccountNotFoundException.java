package org.singlepassword.application.port.in.accounts;

import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Username;

/**
 * An administrator named an account that does not exist. Only administrators get this answer;
 * people and e-services get the uniform sign-in failure instead.
 */
public final class AccountNotFoundException extends RuntimeException {

  public AccountNotFoundException(Username username) {
    super("no account named " + username);
  }

  /** An account known by its id, such as a signed-in person's, that is gone since. */
  public AccountNotFoundException(AccountId id) {
    super("no account has the id " + id);
  }
}
