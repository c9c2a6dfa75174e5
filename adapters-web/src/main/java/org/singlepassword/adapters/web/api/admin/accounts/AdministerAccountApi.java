package org.singlepassword.adapters.web.api.admin.accounts;

import io.javalin.http.Handler;
import java.util.Objects;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.accounts.AdministerAccountCommand;
import org.singlepassword.application.port.in.accounts.AdministerAccountUseCase;
import org.singlepassword.domain.account.Username;

/**
 * Incoming adapter: {@code POST /api/v1/admin/accounts/{username}/unlock}, {@code
 * /expire-password}, {@code /disable} and {@code /enable}, IT acting on one account. Each answers
 * 204; doing it twice is harmless; an unknown username is a 404 {@code account-not-found}.
 */
public final class AdministerAccountApi {

  private final AdministerAccountUseCase administerAccount;

  public AdministerAccountApi(AdministerAccountUseCase administerAccount) {
    this.administerAccount = Objects.requireNonNull(administerAccount, "administerAccount");
  }

  /** The handler of one action; the body, if any, is ignored. */
  public Handler doing(AdministerAccountCommand.Action action) {
    Objects.requireNonNull(action, "action");
    return ctx -> {
      Username username = Fields.required("username", ctx.pathParam("username"), Username::new);
      administerAccount.administerAccount(new AdministerAccountCommand(username, action));
      ctx.status(204);
    };
  }
}
