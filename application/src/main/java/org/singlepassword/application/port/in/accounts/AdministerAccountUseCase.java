package org.singlepassword.application.port.in.accounts;

import org.singlepassword.application.port.in.ConcurrentChangeException;

/** Incoming port: IT unlocks an account, forces a password change, disables or enables it. */
public interface AdministerAccountUseCase {

  /**
   * Applies the action and records it in the audit; applying it twice is harmless.
   *
   * @throws AccountNotFoundException there is no such account
   * @throws ConcurrentChangeException the account changed meanwhile; nothing was saved
   */
  void administerAccount(AdministerAccountCommand command);
}
