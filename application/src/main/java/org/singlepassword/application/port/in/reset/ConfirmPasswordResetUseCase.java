package org.singlepassword.application.port.in.reset;

import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.ServiceBusyException;
import org.singlepassword.domain.policy.PasswordRejectedException;

/**
 * Incoming port: the person follows the e-mailed link and sets a new password. Every session of the
 * account ends, a lock is lifted, and a required change is satisfied.
 */
public interface ConfirmPasswordResetUseCase {

  /**
   * @throws InvalidResetLinkException the link is unknown, used, expired or replaced by a newer one
   *     (one answer for all)
   * @throws PasswordRejectedException the new password breaks the policy or the history
   * @throws ConcurrentChangeException the account changed meanwhile; nothing was saved
   * @throws ServiceBusyException too many passwords are being checked at once; nothing was done
   */
  void confirmPasswordReset(ConfirmPasswordResetCommand command);
}
