package org.singlepassword.adapters.web.api.admin;

import io.javalin.http.Context;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.ProvisionedAccount;

/**
 * Incoming adapter: {@code POST /api/v1/admin/accounts}, an administrator creating a person's
 * account with an initial password that the person must change at the first sign-in.
 */
public final class AdminAccountsApi {

  /** Where the accounts are, for the new account's {@code Location}; Routes maps the same. */
  static final String ACCOUNTS = "/api/v1/admin/accounts";

  private final ProvisionAccountUseCase provisionAccount;
  private final ApiJson json;

  public AdminAccountsApi(ProvisionAccountUseCase provisionAccount, ApiJson json) {
    this.provisionAccount = Objects.requireNonNull(provisionAccount, "provisionAccount");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void provision(Context ctx) {
    ProvisionAccountRequest request = json.read(ctx, ProvisionAccountRequest.class);
    ProvisionedAccount account = provisionAccount.provisionAccount(request.toCommand());
    ctx.header("Location", ACCOUNTS + "/" + account.username().value());
    json.write(ctx, 201, ProvisionedAccountResponse.from(account));
  }
}
