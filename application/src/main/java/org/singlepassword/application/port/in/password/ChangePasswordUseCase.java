package org.singlepassword.application.port.in.password;

import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.policy.PasswordRejectedException;

/**
 * Incoming port: change the single password, from My Profile > Account Password or from an
 * e-service. The new password is in force in every e-service at once.
 */
public interface ChangePasswordUseCase {

  /**
   * @throws IncorrectPasswordException the current password is wrong, or there is no such account
   * @throws PasswordRejectedException the new password breaks the policy; every unmet rule named
   * @throws ConcurrentChangeException the account changed meanwhile; nothing was saved
   */
  void changePassword(ChangePasswordCommand command);
}
