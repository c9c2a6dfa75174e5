package org.singlepassword.adapters.web.api.admin.services;

import java.util.List;
import org.singlepassword.application.port.in.eservice.EServiceDetails;

/** {@code GET /api/v1/admin/services}: every registered e-service, by id. */
public record EServicesResponse(List<EServiceResponse> services) {

  static EServicesResponse from(List<EServiceDetails> eServices) {
    return new EServicesResponse(eServices.stream().map(EServiceResponse::from).toList());
  }
}
