package org.singlepassword.application.port.in.sso;

import java.util.Objects;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;

/** An address that belongs to an enabled, registered e-service: which one, by id and name. */
public record RecognizedService(ServiceUrl url, EServiceId id, String name) {

  public RecognizedService {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
