package org.singlepassword.application.port.in;

/**
 * The account was changed by someone else between reading and saving (another e-service, another
 * tab): nothing was saved, and the person may simply try again.
 */
public final class ConcurrentChangeException extends RuntimeException {

  public ConcurrentChangeException() {
    super("the account was changed at the same time; nothing was saved");
  }
}
