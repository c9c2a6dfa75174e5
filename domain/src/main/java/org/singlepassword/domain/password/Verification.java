package org.singlepassword.domain.password;

/** The outcome of checking a password at sign-in. */
public enum Verification {
  /** Not the account's password. */
  INCORRECT,
  /** The account's password. */
  CORRECT,
  /** The account's password, and its outdated hash was renewed: the account must be saved. */
  CORRECT_AND_REHASHED;

  public boolean isCorrect() {
    return this != INCORRECT;
  }
}
