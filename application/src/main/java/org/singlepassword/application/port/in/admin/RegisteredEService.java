package org.singlepassword.application.port.in.admin;

import java.util.Objects;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/** A registered e-service and its API secret, which is stored only as a hash. */
public record RegisteredEService(EServiceId id, SecretToken secret) {

  public RegisteredEService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
  }
}
