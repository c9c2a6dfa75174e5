package org.singlepassword.adapters.web.api.eservice;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Incoming adapter: {@code POST /api/v1/accounts/{username}/password}, a person changing the single
 * password through an e-service's own form. The change is in force everywhere at once. A wrong
 * current password counts as a guess: the person's {@code clientAddress}, when given, is rate
 * limited as at sign-in, and the account may lock (423).
 */
public final class ChangePasswordApi {

  private final ChangePasswordUseCase changePassword;
  private final AttemptLimiter limiter;
  private final ApiJson json;

  public ChangePasswordApi(
      ChangePasswordUseCase changePassword, AttemptLimiter limiter, ApiJson json) {
    this.changePassword = Objects.requireNonNull(changePassword, "changePassword");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void change(Context ctx, EServiceId caller) {
    Username username = Fields.required("username", ctx.pathParam("username"), Username::new);
    ChangePasswordRequest request = json.read(ctx, ChangePasswordRequest.class);
    Optional<IpAddress> from = request.from();
    ChangePasswordCommand command = request.toCommand(username, Channel.eService(caller), from);
    permitFor(from).attempt(() -> changePassword.changePassword(command));
    ctx.status(204);
  }

  // Only the person's own address is counted, never the e-service's: its many users all come
  // from its one server, and limiting it would lock every one of them out together.
  private AttemptLimiter.Permit permitFor(Optional<IpAddress> from) {
    return from.map(
            address -> limiter.acquire(AttemptLimiter.Origin.E_SERVICE_USER, address.limitKey()))
        .orElseGet(AttemptLimiter.Permit::unlimited);
  }
}
