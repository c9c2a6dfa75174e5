package org.singlepassword.adapters.web.api.reset;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.FormClient;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetUseCase;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * Incoming adapter: {@code POST /api/v1/password-resets/confirm}, setting a new password with the
 * token of an e-mailed link: 204, 422 with every unmet rule, or one 400 {@code invalid-reset-link}
 * for a token unknown, used, expired or replaced. Every session of the account ends.
 *
 * <p>Open, like the reset page: the token is the credential, and a person's own browser or app may
 * call with it. Every call that presents a well-formed token counts towards the rate limit of the
 * connection's address, never of the {@code clientAddress} field, which any caller can write; with
 * 256-bit tokens, guessing is hopeless even unbounded, and this keeps a flood of guesses from
 * reaching the database.
 */
public final class ConfirmPasswordResetApi {

  private final ConfirmPasswordResetUseCase confirmReset;
  private final AttemptLimiter limiter;
  private final ApiJson json;

  public ConfirmPasswordResetApi(
      ConfirmPasswordResetUseCase confirmReset, AttemptLimiter limiter, ApiJson json) {
    this.confirmReset = Objects.requireNonNull(confirmReset, "confirmReset");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.json = Objects.requireNonNull(json, "json");
  }

  public void confirm(Context ctx) {
    ConfirmPasswordResetRequest request = json.read(ctx, ConfirmPasswordResetRequest.class);
    FormClient connection = FormClient.of(ctx);
    // The audit takes the person's address when an e-service relays the call: only the holder of
    // a working link gets a reset recorded, and it is that link's own reset.
    Optional<ClientAddress> from =
        request.from().map(IpAddress::clientAddress).or(connection::clientAddress);
    ConfirmPasswordResetCommand command = request.toCommand(from);
    connection.count(limiter);
    confirmReset.confirmPasswordReset(command);
    ctx.status(204);
  }
}
