package org.singlepassword.adapters.web.api.admin.services;

import java.util.List;
import org.singlepassword.application.port.in.eservice.EServiceDetails;

/**
 * {@code GET /api/v1/admin/services/{id}}: a registered e-service as IT sees it, everything but its
 * secret. {@code serviceUrls} are the addresses people may be sent back to after signing in: exact
 * ones, or prefixes ending in {@code *}.
 */
public record EServiceResponse(String id, String name, List<String> serviceUrls, boolean enabled) {

  static EServiceResponse from(EServiceDetails eService) {
    return new EServiceResponse(
        eService.id().value(), eService.name(), eService.serviceUrls(), eService.enabled());
  }
}
