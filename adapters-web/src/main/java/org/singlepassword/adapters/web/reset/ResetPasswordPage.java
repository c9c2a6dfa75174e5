package org.singlepassword.adapters.web.reset;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.policy.NewPasswordFields;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.FormClient;
import org.singlepassword.adapters.web.ratelimit.RetryAfter;
import org.singlepassword.adapters.web.ratelimit.TooManyAttemptsException;
import org.singlepassword.adapters.web.reset.ResetPasswordForm.Field;
import org.singlepassword.adapters.web.session.Csrf;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetUseCase;
import org.singlepassword.application.port.in.reset.InvalidResetLinkException;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.token.SecretToken;

/**
 * Incoming adapter: "Choose a new password", the page an e-mailed reset link opens. It shows the
 * policy before typing, and after "Confirm" either that the password changed (every session of the
 * account has ended) or every problem at once. The link's token travels on in a hidden field, never
 * in a link of the page; a typed password is never sent back. Each use of a link counts towards the
 * rate limit of the client address, so that tokens cannot be guessed at speed.
 */
public final class ResetPasswordPage {

  private static final String TITLE = "Choose a new password";

  private static final String FORM =
      """
      <h1>Choose a new password</h1>
      %s
      %s
      <form method="post" action="%s" class="account-password">
      %s
      <input type="hidden" name="token" value="%s">
      %s
      <div class="actions"><button type="submit">Confirm</button></div>
      </form>
      <p class="note"><strong>Important:</strong> your password will always apply to your entire
       e-Services account: Learner Portal, SOUL and Online Enrolment Services.</p>""";

  private static final String CHANGED =
      """
      <h1>Choose a new password</h1>
      <div class="confirmation" role="status">
      <p>Your password has been changed. Sign in with it now.</p>
      </div>
      <p><a href="%s">Sign in</a></p>""";

  private static final String INVALID_LINK =
      """
      <h1>Choose a new password</h1>
      <div class="error" role="alert">
      <p>This link is not valid: it may have expired or been used already. You can ask for a new
       one.</p>
      </div>
      <p><a href="%s">Ask for a new link</a></p>""";

  private static final String TOO_MANY_ATTEMPTS =
      """
      <div class="error" role="alert"><p>Too many attempts have come from your network address.
       Please wait %s and try again.</p></div>""";

  private static final String CONCURRENT_CHANGE =
      """
      <div class="error" role="alert"><p>Your account was changed at the same time, so nothing was
       saved: please try again.</p></div>""";

  private final ShowPasswordPolicyUseCase showPolicy;
  private final ConfirmPasswordResetUseCase confirmReset;
  private final Csrf csrf;
  private final AttemptLimiter limiter;
  private final ZoneId zone;

  /** {@code zone}: where the people are, for a date in a policy message. */
  public ResetPasswordPage(
      ShowPasswordPolicyUseCase showPolicy,
      ConfirmPasswordResetUseCase confirmReset,
      Csrf csrf,
      AttemptLimiter limiter,
      ZoneId zone) {
    this.showPolicy = Objects.requireNonNull(showPolicy, "showPolicy");
    this.confirmReset = Objects.requireNonNull(confirmReset, "confirmReset");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** GET {@code ?token=…}: the form, or at once the invalid-link page when there is no token. */
  public void show(Context ctx) {
    Optional<SecretToken> token = ResetLinkToken.parse(ctx.queryParam(ResetPasswordForm.TOKEN));
    if (token.isEmpty()) {
      invalidLink(ctx);
      return;
    }
    render(ctx, token.get(), new EnumMap<>(Field.class), Html.empty());
  }

  /** POST, behind the anti-forgery check: "Confirm". */
  public void confirm(Context ctx) {
    ResetPasswordForm form = ResetPasswordForm.from(ctx);
    if (form.token().isEmpty()) {
      invalidLink(ctx);
      return;
    }
    SecretToken token = form.token().get();
    Map<Field, List<String>> errors = form.errors();
    if (errors.isEmpty()) {
      FormClient client = FormClient.of(ctx);
      try {
        client.count(limiter);
        confirmReset.confirmPasswordReset(form.toCommand(client.clientAddress()));
        HtmlResponse.send(ctx, Layout.signedOut(TITLE, Html.render(CHANGED, Paths.SIGN_IN)));
        return;
      } catch (InvalidResetLinkException invalid) {
        invalidLink(ctx);
        return;
      } catch (PasswordRejectedException rejected) {
        NewPasswordFields.addUnmetRules(errors, Field.NEW, rejected.unmet(), zone);
      } catch (TooManyAttemptsException tooMany) {
        long seconds = tooMany.retryAfterSeconds();
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).header(RetryAfter.HEADER, Long.toString(seconds));
        Html message = Html.render(TOO_MANY_ATTEMPTS, RetryAfter.inWords(seconds));
        render(ctx, token, new EnumMap<>(Field.class), message);
        return;
      } catch (ConcurrentChangeException concurrent) {
        ctx.status(HttpStatus.CONFLICT);
        render(ctx, token, errors, Html.render(CONCURRENT_CHANGE));
        return;
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    render(ctx, token, errors, Html.empty());
  }

  private static void invalidLink(Context ctx) {
    ctx.status(HttpStatus.BAD_REQUEST);
    HtmlResponse.send(
        ctx, Layout.signedOut(TITLE, Html.render(INVALID_LINK, Paths.FORGOT_PASSWORD)));
  }

  private void render(
      Context ctx, SecretToken token, Map<Field, List<String>> errors, Html general) {
    Html content =
        Html.render(
            FORM,
            general,
            NewPasswordFields.policy(showPolicy.policy()),
            Paths.RESET_PASSWORD,
            Csrf.field(csrf.signedOutToken(ctx, Paths.RESET_PASSWORD)),
            token.reveal(),
            NewPasswordFields.boxes(Field.values(), field -> field.box, errors));
    HtmlResponse.send(ctx, Layout.signedOut(TITLE, content));
  }
}
