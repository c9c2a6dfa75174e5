package org.singlepassword.application.port.in.admin;

import java.util.List;
import java.util.Objects;
import org.singlepassword.domain.eservice.EServiceId;

/** A new e-service: its id, its name as people know it, and the URLs it may be reached at. */
public record RegisterEServiceCommand(EServiceId id, String name, List<String> serviceUrls) {

  public RegisterEServiceCommand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    serviceUrls = List.copyOf(serviceUrls);
  }
}
