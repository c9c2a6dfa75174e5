package org.singlepassword.application.port.in.reset;

/**
 * Incoming port, driven by a daily timer: e-mail every person whose password has entered the expiry
 * warning window, once per password.
 */
public interface SendExpiryWarningsUseCase {

  /**
   * @return how many warnings were sent in this run
   */
  int sendExpiryWarnings();
}
