package org.singlepassword.application.port.in.signin;

import org.singlepassword.domain.token.SecretToken;

/** Incoming port: sign out, ending the session for good. */
public interface EndSessionUseCase {

  /** Ends the session; an unknown token is already ended. */
  void endSession(SecretToken token);
}
