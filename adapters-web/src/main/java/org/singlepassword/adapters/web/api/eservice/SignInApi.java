package org.singlepassword.adapters.web.api.eservice;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Incoming adapter: {@code POST /api/v1/sign-in}, an e-service signing a person in with the single
 * password. A wrong password and an unknown username are the same 401 {@code
 * incorrect-credentials}; a locked account is a 423, a disabled one a 403. When the e-service
 * passes the person's {@code clientAddress}, that address is rate limited; the e-service itself,
 * whose many users all come from its one server, never is.
 */
public final class SignInApi {

  private final SignInUseCase signIn;
  private final AttemptLimiter limiter;
  private final ApiJson json;

  public SignInApi(SignInUseCase signIn, AttemptLimiter limiter, ApiJson json) {
    this.signIn = Objects.requireNonNull(signIn, "signIn");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void signIn(Context ctx, EServiceId caller) {
    SignInRequest request = json.read(ctx, SignInRequest.class);
    Optional<IpAddress> from = request.from();
    SignInCommand command = request.toCommand(Channel.eService(caller), from);
    SignedIn person = permitFor(from).attemptReturning(() -> signIn.signIn(command));
    json.write(ctx, 200, SignInResponse.from(person));
  }

  // Only the person's own address is counted, never the e-service's: its many users all come
  // from its one server, and limiting it would lock every one of them out together.
  private AttemptLimiter.Permit permitFor(Optional<IpAddress> from) {
    return from.map(
            address -> limiter.acquire(AttemptLimiter.Origin.E_SERVICE_USER, address.limitKey()))
        .orElseGet(AttemptLimiter.Permit::unlimited);
  }
}
