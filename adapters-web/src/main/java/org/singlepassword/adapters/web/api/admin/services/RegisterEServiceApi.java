package org.singlepassword.adapters.web.api.admin.services;

import io.javalin.http.Context;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;

/**
 * Incoming adapter: {@code POST /api/v1/admin/services}, an administrator registering an e-service
 * (SOUL, Learner Portal…) and receiving the secret it will authenticate with.
 */
public final class RegisterEServiceApi {

  private final RegisterEServiceUseCase registerEService;
  private final ApiJson json;

  public RegisterEServiceApi(RegisterEServiceUseCase registerEService, ApiJson json) {
    this.registerEService = Objects.requireNonNull(registerEService, "registerEService");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void register(Context ctx) {
    RegisterEServiceRequest request = json.read(ctx, RegisterEServiceRequest.class);
    RegisteredEServiceResponse response =
        RegisteredEServiceResponse.from(registerEService.registerEService(request.toCommand()));
    json.write(ctx, 201, response);
  }
}
