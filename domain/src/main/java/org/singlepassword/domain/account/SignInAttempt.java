package org.singlepassword.domain.account;

/** The outcome of one sign-in attempt against an account. */
public enum SignInAttempt {
  /** The right password: the person is in (the status says what they must do first). */
  SIGNED_IN,
  /** A wrong password, counted towards the lockout. */
  INCORRECT,
  /** A wrong password that reached the threshold: the account is locked from now on. */
  LOCKED_NOW,
  /** The account is locked: the password was not even checked. */
  LOCKED,
  /** The right password for an account an administrator disabled. */
  DISABLED
}
