package org.singlepassword.application.port.in.eservice;

import java.util.Optional;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/** Incoming port: is this caller the registered, enabled e-service it says it is? */
public interface AuthenticateEServiceUseCase {

  /**
   * @return the e-service's id when the secret is right and the e-service enabled
   */
  Optional<EServiceId> authenticateEService(EServiceId id, SecretToken secret);
}
