package org.singlepassword.application.port.in.admin;

import org.singlepassword.application.port.in.ServiceBusyException;
import org.singlepassword.domain.policy.PasswordRejectedException;

/**
 * Incoming port: an administrator creates a person's account with an initial password, which the
 * person must change at the first sign-in.
 */
public interface ProvisionAccountUseCase {

  /**
   * @return the account's username and its initial password (generated when none was given)
   * @throws AccountAlreadyExistsException the username is taken
   * @throws PasswordRejectedException a given initial password breaks the policy
   * @throws ServiceBusyException too many passwords are being checked at once; nothing was done
   */
  ProvisionedAccount provisionAccount(ProvisionAccountCommand command);
}
