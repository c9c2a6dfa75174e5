package org.singlepassword.application.port.in.password;

import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.ServiceBusyException;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.policy.PasswordRejectedException;

/**
 * Incoming port: change the single password, from My Profile > Account Password or from an
 * e-service. The new password is in force in every e-service at once, and every other web session
 * of the account ends.
 */
public interface ChangePasswordUseCase {

  /**
   * @throws IncorrectPasswordException the current password is wrong, or there is no such account;
   *     a wrong one counts towards the lockout like a failed sign-in
   * @throws AccountLockedException the account is locked after too many wrong passwords
   * @throws AccountDisabledException the current password is right, but the account is disabled
   * @throws PasswordRejectedException the new password breaks the policy (every unmet rule named),
   *     or comes sooner than the minimum age allows
   * @throws ConcurrentChangeException the account changed meanwhile; nothing was saved
   * @throws ServiceBusyException too many passwords are being checked at once; nothing was done
   */
  void changePassword(ChangePasswordCommand command);
}
