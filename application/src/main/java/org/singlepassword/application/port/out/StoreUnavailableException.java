package org.singlepassword.application.port.out;

/**
 * A store could not be reached at all (the database is down, restarting or out of connections), as
 * opposed to refusing what was asked of it. Nothing was stored; the same request may succeed a
 * little later, so the driving adapters answer "try again soon" rather than "something broke".
 */
public final class StoreUnavailableException extends RuntimeException {

  /** The cause stays for the log; the message names no host, user or password. */
  public StoreUnavailableException(Throwable cause) {
    super("the database cannot be reached", cause);
  }
}
