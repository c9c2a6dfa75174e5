package org.singlepassword.application.port.in.admin;

/** Incoming port: an administrator registers an e-service that may use the API and CAS. */
public interface RegisterEServiceUseCase {

  /**
   * @return the e-service's id and its API secret, shown this once
   * @throws EServiceAlreadyExistsException the id is taken
   */
  RegisteredEService registerEService(RegisterEServiceCommand command);
}
