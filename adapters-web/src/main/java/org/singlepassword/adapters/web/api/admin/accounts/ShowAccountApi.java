package org.singlepassword.adapters.web.api.admin.accounts;

import io.javalin.http.Context;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.accounts.ShowAccountUseCase;
import org.singlepassword.domain.account.Username;

/**
 * Incoming adapter: {@code GET /api/v1/admin/accounts/{username}}, IT looking an account up when a
 * person calls for help: its status, when the password was changed and expires, and any lock. An
 * unknown username is a 404 {@code account-not-found}.
 */
public final class ShowAccountApi {

  private final ShowAccountUseCase showAccount;
  private final ApiJson json;

  public ShowAccountApi(ShowAccountUseCase showAccount, ApiJson json) {
    this.showAccount = Objects.requireNonNull(showAccount, "showAccount");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void show(Context ctx) {
    Username username = Fields.required("username", ctx.pathParam("username"), Username::new);
    json.write(ctx, 200, AccountResponse.from(showAccount.showAccount(username)));
  }
}
