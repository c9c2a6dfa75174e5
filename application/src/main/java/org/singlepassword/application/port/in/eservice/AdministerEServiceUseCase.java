package org.singlepassword.application.port.in.eservice;

import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.domain.eservice.EServiceId;

/** Incoming port: an administrator disables, enables or issues a new secret to an e-service. */
public interface AdministerEServiceUseCase {

  /**
   * @throws EServiceNotFoundException no e-service has this id
   */
  void administerEService(EServiceId id, EServiceAction action);

  /**
   * Issues a new API secret, shown this once; the old one stops working at once.
   *
   * @throws EServiceNotFoundException no e-service has this id
   */
  RegisteredEService rotateSecret(EServiceId id);
}
