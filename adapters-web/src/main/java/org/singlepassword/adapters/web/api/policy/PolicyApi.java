package org.singlepassword.adapters.web.api.policy;

import io.javalin.http.Context;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;

/** Incoming adapter: {@code GET /api/v1/policy}, the policy in force, open to anyone. */
public final class PolicyApi {

  private final ShowPasswordPolicyUseCase showPolicy;
  private final ApiJson json;

  public PolicyApi(ShowPasswordPolicyUseCase showPolicy, ApiJson json) {
    this.showPolicy = Objects.requireNonNull(showPolicy, "showPolicy");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void show(Context ctx) {
    json.write(ctx, 200, PolicyResponse.from(showPolicy.policy()));
  }
}
