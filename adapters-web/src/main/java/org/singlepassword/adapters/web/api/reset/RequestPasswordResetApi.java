package org.singlepassword.adapters.web.api.reset;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.adapters.web.reset.ForgottenAccount;
import org.singlepassword.application.port.in.reset.RequestPasswordResetUseCase;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Incoming adapter: {@code POST /api/v1/password-resets}, an e-service passing on a person's
 * "Forgot your password?". Any well-formed request is a 202 with no body, at once, whether or not
 * the account exists; a link goes to the account's own e-mail address in the background. When the
 * e-service passes the person's {@code clientAddress}, every request from it counts towards that
 * address's rate limit.
 */
public final class RequestPasswordResetApi {

  private final RequestPasswordResetUseCase requestReset;
  private final AttemptLimiter limiter;
  private final ApiJson json;

  public RequestPasswordResetApi(
      RequestPasswordResetUseCase requestReset, AttemptLimiter limiter, ApiJson json) {
    this.requestReset = Objects.requireNonNull(requestReset, "requestReset");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** Behind e-service authentication; the use case does not need to know which e-service. */
  public void request(Context ctx, EServiceId caller) {
    PasswordResetRequest request = json.read(ctx, PasswordResetRequest.class);
    String typed = request.typed();
    Optional<IpAddress> from = request.from();
    // Only the person's own address is counted, never the e-service's: its many users all come
    // from its one server.
    from.ifPresent(
        address -> limiter.count(AttemptLimiter.Origin.E_SERVICE_USER, address.limitKey()));
    ForgottenAccount.command(typed, from.map(IpAddress::clientAddress))
        .ifPresent(requestReset::requestPasswordReset);
    ctx.status(202);
  }
}
