package org.singlepassword.application.port.in.admin;

import org.singlepassword.domain.account.Username;

/** An administrator asked for a username that is taken. */
public final class AccountAlreadyExistsException extends RuntimeException {

  private final Username username;

  public AccountAlreadyExistsException(Username username) {
    super("an account named " + username + " exists already");
    this.username = username;
  }

  public Username username() {
    return username;
  }
}
