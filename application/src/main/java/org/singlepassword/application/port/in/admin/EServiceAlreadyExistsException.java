package org.singlepassword.application.port.in.admin;

import org.singlepassword.domain.eservice.EServiceId;

/** An administrator asked for an e-service id that is taken. */
public final class EServiceAlreadyExistsException extends RuntimeException {

  private final EServiceId id;

  public EServiceAlreadyExistsException(EServiceId id) {
    super("an e-service with id " + id + " exists already");
    this.id = id;
  }

  public EServiceId id() {
    return id;
  }
}
