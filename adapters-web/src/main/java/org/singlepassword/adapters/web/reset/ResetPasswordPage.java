package org.singlepassword.adapters.web.reset;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.ErrorSummary;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.policy.NewPasswordFields;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.FormClient;
import org.singlepassword.adapters.web.ratelimit.RetryAfter;
import org.singlepassword.adapters.web.ratelimit.TooManyAttemptsException;
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
 * account has ended) or every problem at once. The link's token travels on in a hidden field, and
 * in the language switch, which shows this same page; a typed password is never sent back. Each use
 * of a link counts towards the rate limit of the client address, so that tokens cannot be guessed
 * at speed.
 */
public final class ResetPasswordPage {

  private static final String FORM =
      """
      %s
      <h1>%s</h1>
      <form method="post" action="%s" class="account-password" novalidate>
      %s
      <input type="hidden" name="token" value="%s">
      %s
      <div class="actions"><button type="submit">%s</button></div>
      </form>
      <p class="note"><strong>%s</strong> %s</p>""";

  private static final String CHANGED =
      """
      <h1>%s</h1>
      <div class="panel-success" role="status">
      <p>%s</p>
      </div>
      <p><a href="%s">%s</a></p>""";

  private static final String INVALID_LINK =
      """
      <h1>%s</h1>
      <div class="panel-problem" role="alert">
      <p>%s</p>
      </div>
      <p><a href="%s">%s</a></p>""";

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
    Copy copy = Copy.of(ctx);
    Optional<SecretToken> token = ResetLinkToken.parse(ctx.queryParam(ResetPasswordForm.TOKEN));
    if (token.isEmpty()) {
      invalidLink(ctx, copy);
      return;
    }
    render(ctx, copy, token.get(), ResetPasswordForm.noErrors(), Html.empty());
  }

  /** POST, behind the anti-forgery check: "Confirm". */
  public void confirm(Context ctx) {
    Copy copy = Copy.of(ctx);
    ResetPasswordForm form = ResetPasswordForm.from(ctx);
    if (form.token().isEmpty()) {
      invalidLink(ctx, copy);
      return;
    }
    SecretToken token = form.token().get();
    FormErrors errors = form.errors(copy);
    if (errors.isEmpty()) {
      FormClient client = FormClient.of(ctx);
      try {
        client.count(limiter);
        confirmReset.confirmPasswordReset(form.toCommand(client.clientAddress()));
        changed(ctx, copy);
        return;
      } catch (InvalidResetLinkException invalid) {
        invalidLink(ctx, copy);
        return;
      } catch (PasswordRejectedException rejected) {
        NewPasswordFields.addUnmetRules(copy, errors, rejected.unmet(), zone);
      } catch (TooManyAttemptsException tooMany) {
        long seconds = tooMany.retryAfterSeconds();
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).header(RetryAfter.HEADER, Long.toString(seconds));
        Html message = copy.html("form.tooManyAttempts", "wait", RetryAfter.inWords(seconds, copy));
        render(ctx, copy, token, ResetPasswordForm.noErrors(), paragraph(message));
        return;
      } catch (ConcurrentChangeException concurrent) {
        ctx.status(HttpStatus.CONFLICT);
        render(ctx, copy, token, errors, paragraph(copy.html("form.concurrentChange")));
        return;
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    render(ctx, copy, token, errors, Html.empty());
  }

  private static void changed(Context ctx, Copy copy) {
    String title = copy.text("resetPassword.changedTitle");
    Html changed =
        Html.render(
            CHANGED,
            title,
            copy.text("resetPassword.changed"),
            Paths.SIGN_IN,
            copy.text("signIn.title"));
    HtmlResponse.send(ctx, Layout.signedOut(copy, title, changed));
  }

  private static void invalidLink(Context ctx, Copy copy) {
    ctx.status(HttpStatus.BAD_REQUEST);
    String title = copy.text("resetPassword.invalidTitle");
    Html invalid =
        Html.render(
            INVALID_LINK,
            title,
            copy.text("resetPassword.invalid"),
            Paths.FORGOT_PASSWORD,
            copy.text("resetPassword.askAgain"));
    HtmlResponse.send(ctx, Layout.signedOut(copy, title, invalid));
  }

  private static Html paragraph(Html text) {
    return Html.render("<p>%s</p>", text);
  }

  /** The form; {@code general} is what went wrong with the reset as a whole. */
  private void render(Context ctx, Copy copy, SecretToken token, FormErrors errors, Html general) {
    // After a post the address has lost the token: the language switch must still carry it.
    Copy page = copy.keeping(ResetPasswordForm.TOKEN, token.reveal());
    String title = page.text("resetPassword.title");
    Html content =
        Html.render(
            FORM,
            ErrorSummary.of(page, general, errors),
            title,
            Paths.RESET_PASSWORD,
            Csrf.field(csrf.signedOutToken(ctx, Paths.RESET_PASSWORD)),
            token.reveal(),
            NewPasswordFields.boxes(page, showPolicy.policy(), errors),
            page.text("form.confirm"),
            page.text("form.important"),
            page.text("form.appliesEverywhere"));
    HtmlResponse.send(
        ctx, Layout.signedOut(page, ErrorSummary.title(page, title, general, errors), content));
  }
}
