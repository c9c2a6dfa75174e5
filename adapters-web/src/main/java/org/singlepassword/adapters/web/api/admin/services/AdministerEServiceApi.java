package org.singlepassword.adapters.web.api.admin.services;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.eservice.AdministerEServiceUseCase;
import org.singlepassword.application.port.in.eservice.EServiceAction;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Incoming adapter: {@code POST /api/v1/admin/services/{id}/rotate-secret}, {@code /disable} and
 * {@code /enable}, IT acting on one e-service. A new secret is answered once, {@code {id, secret}},
 * and the old one stops working at once; disabling or enabling answers 204 and is harmless twice.
 * An unknown id is a 404 {@code e-service-not-found}.
 */
public final class AdministerEServiceApi {

  private final AdministerEServiceUseCase administerEService;
  private final ApiJson json;

  public AdministerEServiceApi(AdministerEServiceUseCase administerEService, ApiJson json) {
    this.administerEService = Objects.requireNonNull(administerEService, "administerEService");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The body, if any, is ignored. */
  public void rotateSecret(Context ctx) {
    EServiceId id = idOf(ctx);
    json.write(ctx, 200, RegisteredEServiceResponse.from(administerEService.rotateSecret(id)));
  }

  /** The handler of one action; the body, if any, is ignored. */
  public Handler doing(EServiceAction action) {
    Objects.requireNonNull(action, "action");
    return ctx -> {
      administerEService.administerEService(idOf(ctx), action);
      ctx.status(204);
    };
  }

  private static EServiceId idOf(Context ctx) {
    return Fields.required("id", ctx.pathParam("id"), EServiceId::new);
  }
}
