package org.singlepassword.application.port.in.signin;

import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.ServiceBusyException;
import org.singlepassword.domain.password.IncorrectPasswordException;

/** Incoming port: sign a person in with the single password, for the web forms or an e-service. */
public interface SignInUseCase {

  /**
   * @return who signed in, and whether they must change the password first
   * @throws IncorrectPasswordException for a wrong password and an unknown username alike, after
   *     the same work, so that the answer tells nobody whether an account exists
   * @throws AccountLockedException the account is locked (the attempt that reached the threshold
   *     included); the password was not accepted
   * @throws AccountDisabledException the password was right but the account is disabled
   * @throws ConcurrentChangeException the account changed while the attempt was being recorded
   * @throws ServiceBusyException too many passwords are being checked at once; nothing was done
   */
  SignedIn signIn(SignInCommand command);
}
