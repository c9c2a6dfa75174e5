package org.singlepassword.application.port.out;

import java.util.List;
import java.util.Optional;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;

/** Outgoing port: the e-services registered to use the single password. */
public interface EServiceRegistry {

  Optional<EService> find(EServiceId id);

  /** Every registered e-service, enabled or not, sorted by id. */
  List<EService> list();

  /** Registers a new e-service; false, and nothing stored, when its id is taken. */
  boolean addIfAbsent(EService eService);
}
