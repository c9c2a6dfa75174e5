package org.singlepassword.adapters.web.api.eservice;

import io.javalin.http.Context;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Incoming adapter: {@code POST /api/v1/accounts/{username}/password}, a person changing the single
 * password through an e-service's own form. The change is in force everywhere at once.
 */
public final class ChangePasswordApi {

  private final ChangePasswordUseCase changePassword;
  private final ApiJson json;

  public ChangePasswordApi(ChangePasswordUseCase changePassword, ApiJson json) {
    this.changePassword = Objects.requireNonNull(changePassword, "changePassword");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void change(Context ctx, EServiceId caller) {
    Username username = Fields.required("username", ctx.pathParam("username"), Username::new);
    ChangePasswordRequest request = json.read(ctx, ChangePasswordRequest.class);
    changePassword.changePassword(request.toCommand(username, Channel.eService(caller)));
    ctx.status(204);
  }
}
