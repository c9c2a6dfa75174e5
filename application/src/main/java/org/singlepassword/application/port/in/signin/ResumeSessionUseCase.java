package org.singlepassword.application.port.in.signin;

import java.util.Optional;
import org.singlepassword.domain.token.SecretToken;

/** Incoming port: who is signed in with this session token, if the session is still valid. */
public interface ResumeSessionUseCase {

  /**
   * @return the person, fresh from the account; empty when unknown, timed out or ended
   */
  Optional<SignedIn> resumeSession(SecretToken token);
}
