package org.singlepassword.application.port.out;

import java.util.List;
import java.util.Optional;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;

/** Outgoing port: the e-services registered to use the single password. */
public interface EServiceRegistry {

  Optional<EService> find(EServiceId id);

  /** Registers a new e-service; false, and nothing stored, when its id is taken. */
  boolean addIfAbsent(EService eService);

  /** Every registered e-service, by id. */
  List<EService> list();

  /** Stores the e-service's new secret, name, URLs or state; false when no such id exists. */
  boolean update(EService eService);
}
