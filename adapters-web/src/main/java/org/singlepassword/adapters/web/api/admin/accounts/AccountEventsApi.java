package org.singlepassword.adapters.web.api.admin.accounts;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.regex.Pattern;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.application.port.in.activity.ListAccountActivityUseCase;
import org.singlepassword.domain.account.Username;

/**
 * Incoming adapter: {@code GET /api/v1/admin/accounts/{username}/events?limit=50}, the audit of one
 * account, newest first. A username with no account may still have events (failed sign-ins are kept
 * under the name that was tried, so that guessing shows), so it is never a 404.
 */
public final class AccountEventsApi {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,4}");

  private final ListAccountActivityUseCase listActivity;
  private final ApiJson json;

  public AccountEventsApi(ListAccountActivityUseCase listActivity, ApiJson json) {
    this.listActivity = Objects.requireNonNull(listActivity, "listActivity");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void list(Context ctx) {
    Username username = Fields.required("username", ctx.pathParam("username"), Username::new);
    int limit =
        Fields.optional("limit", ctx.queryParam("limit"), AccountEventsApi::limit)
            .orElse(DEFAULT_LIMIT);
    json.write(ctx, 200, AccountEventsResponse.from(listActivity.recentActivity(username, limit)));
  }

  private static int limit(String text) {
    int limit = WHOLE_NUMBER.matcher(text).matches() ? Integer.parseInt(text) : 0;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a whole number from 1 to " + MAX_LIMIT);
    }
    return limit;
  }
}
