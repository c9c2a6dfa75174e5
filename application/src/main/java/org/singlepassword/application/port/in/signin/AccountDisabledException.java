package org.singlepassword.application.port.in.signin;

/** The password was right, but an administrator has disabled the account. */
public final class AccountDisabledException extends RuntimeException {

  public AccountDisabledException() {
    super("the account is disabled");
  }
}
