package org.singlepassword.application.service;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/** Use case: check an e-service's id and secret on each API call. */
public final class AuthenticateEServiceService implements AuthenticateEServiceUseCase {

  private final EServiceRegistry registry;

  public AuthenticateEServiceService(EServiceRegistry registry) {
    this.registry = Objects.requireNonNull(registry);
  }

  @Override
  public Optional<EServiceId> authenticateEService(EServiceId id, SecretToken secret) {
    return registry
        .find(id)
        .filter(EService::enabled)
        .filter(eService -> eService.secretHash().matches(secret))
        .map(EService::id);
  }
}
