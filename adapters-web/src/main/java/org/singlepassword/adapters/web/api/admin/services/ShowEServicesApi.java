package org.singlepassword.adapters.web.api.admin.services;

import io.javalin.http.Context;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Incoming adapter: {@code GET /api/v1/admin/services} and {@code GET /api/v1/admin/services/{id}},
 * IT looking at the registered e-services. An id that cannot be one is a 400 naming the field; an
 * unknown one a 404 {@code e-service-not-found}.
 */
public final class ShowEServicesApi {

  private final ShowEServicesUseCase showEServices;
  private final ApiJson json;

  public ShowEServicesApi(ShowEServicesUseCase showEServices, ApiJson json) {
    this.showEServices = Objects.requireNonNull(showEServices, "showEServices");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void list(Context ctx) {
    json.write(ctx, 200, EServicesResponse.from(showEServices.listEServices()));
  }

  public void show(Context ctx) {
    EServiceId id = Fields.required("id", ctx.pathParam("id"), EServiceId::new);
    json.write(ctx, 200, EServiceResponse.from(showEServices.showEService(id)));
  }
}
