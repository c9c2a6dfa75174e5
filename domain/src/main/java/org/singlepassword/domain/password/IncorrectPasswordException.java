package org.singlepassword.domain.password;

/**
 * The password given as the current one is not the account's. One uniform failure, whatever the
 * reason, so that nobody learns more than "that did not work".
 */
public final class IncorrectPasswordException extends RuntimeException {

  public IncorrectPasswordException() {
    super("incorrect username or password");
  }
}
