package org.singlepassword.application.port.in.eservice;

import java.util.Objects;
import org.singlepassword.domain.eservice.EServiceId;

/** No e-service is registered with this id. */
public final class EServiceNotFoundException extends RuntimeException {

  private final EServiceId id;

  public EServiceNotFoundException(EServiceId id) {
    super("no e-service is registered as " + id);
    this.id = Objects.requireNonNull(id);
  }

  public EServiceId id() {
    return id;
  }
}
