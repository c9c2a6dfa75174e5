package org.singlepassword.adapters.web.api.eservice;

import io.javalin.http.Context;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Incoming adapter: {@code POST /api/v1/sign-in}, an e-service signing a person in with the single
 * password. A wrong password and an unknown username are the same 401 {@code
 * incorrect-credentials}.
 */
public final class SignInApi {

  private final SignInUseCase signIn;
  private final ApiJson json;

  public SignInApi(SignInUseCase signIn, ApiJson json) {
    this.signIn = Objects.requireNonNull(signIn, "signIn");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void signIn(Context ctx, EServiceId caller) {
    SignInRequest request = json.read(ctx, SignInRequest.class);
    SignInResponse response =
        SignInResponse.from(signIn.signIn(request.toCommand(Channel.eService(caller))));
    json.write(ctx, 200, response);
  }
}
