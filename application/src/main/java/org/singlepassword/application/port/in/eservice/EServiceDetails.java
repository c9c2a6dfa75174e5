package org.singlepassword.application.port.in.eservice;

import java.util.List;
import java.util.Objects;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;

/** A registered e-service as administrators see it: everything but its secret. */
public record EServiceDetails(
    EServiceId id, String name, List<String> serviceUrls, boolean enabled) {

  public EServiceDetails {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    serviceUrls = List.copyOf(serviceUrls);
  }

  public static EServiceDetails of(EService eService) {
    return new EServiceDetails(
        eService.id(), eService.name(), eService.serviceUrls(), eService.enabled());
  }
}
