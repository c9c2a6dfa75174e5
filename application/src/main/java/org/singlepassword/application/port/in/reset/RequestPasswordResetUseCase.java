package org.singlepassword.application.port.in.reset;

/**
 * Incoming port: a person who forgot the password asks for a reset link by e-mail. The answer is
 * the same, in the same time, whether or not such an account exists: the work happens after it.
 */
public interface RequestPasswordResetUseCase {

  /** Accepts the request; a link goes to the account's own e-mail address if it exists. */
  void requestPasswordReset(RequestPasswordResetCommand command);
}
