package org.singlepassword.application.port.in.signin;

import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.token.SecretToken;

/** Incoming port: begin a web session for a person who has just signed in. */
public interface OpenSessionUseCase {

  /**
   * @return the session's token, for the cookie; only its hash is stored
   */
  SecretToken openSession(AccountId accountId);
}
