package org.singlepassword.application.port.in.eservice;

import java.util.List;
import org.singlepassword.domain.eservice.EServiceId;

/** Incoming port: an administrator looks at the registered e-services. */
public interface ShowEServicesUseCase {

  /** Every registered e-service, by id. */
  List<EServiceDetails> listEServices();

  /**
   * @throws EServiceNotFoundException no e-service has this id
   */
  EServiceDetails showEService(EServiceId id);
}
