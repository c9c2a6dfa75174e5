package org.singlepassword.application.port.out;

import org.singlepassword.domain.account.AccountId;

/** A repository refused to store an account over a version that is no longer the stored one. */
public final class StaleAccountException extends RuntimeException {

  public StaleAccountException(AccountId id, long version) {
    super("account " + id + " is no longer at version " + version);
  }
}
