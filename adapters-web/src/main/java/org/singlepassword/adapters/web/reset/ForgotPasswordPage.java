package org.singlepassword.adapters.web.reset;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.ErrorSummary;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.html.TextField;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.FormClient;
import org.singlepassword.adapters.web.ratelimit.RetryAfter;
import org.singlepassword.adapters.web.ratelimit.TooManyAttemptsException;
import org.singlepassword.adapters.web.session.Csrf;
import org.singlepassword.application.port.in.reset.RequestPasswordResetUseCase;

/**
 * Incoming adapter: the "Forgot your password?" page, linked from Sign in. Whatever is entered, the
 * answer is the same page, at once: the use case sends a link in the background only if the account
 * exists. Every request counts towards the rate limit of the client address.
 */
public final class ForgotPasswordPage {

  static final String FIELD = "identifier";

  private static final TextField IDENTIFIER =
      new TextField(
          FIELD,
          "field.identifier",
          "username",
          new Html(
              " autocapitalize=\"none\" spellcheck=\"false\" maxlength=\""
                  + ForgottenAccount.MAX_LENGTH
                  + "\""));

  private static final String FORM =
      """
      %s
      <h1>%s</h1>
      <p>%s</p>
      <form method="post" action="%s" class="forgot-password" novalidate>
      %s
      %s
      <div class="actions"><button type="submit">%s</button></div>
      </form>
      <p><a href="%s">%s</a></p>""";

  private static final String ON_ITS_WAY =
      """
      <h1>%s</h1>
      <div class="panel-success" role="status">
      <p>%s</p>
      </div>
      <p><a href="%s">%s</a></p>""";

  private final RequestPasswordResetUseCase requestReset;
  private final Csrf csrf;
  private final AttemptLimiter limiter;
  private final long linkMinutes;

  /** {@code linkLifetime}: how long a link works, as the core issues it, for the page to say. */
  public ForgotPasswordPage(
      RequestPasswordResetUseCase requestReset,
      Csrf csrf,
      AttemptLimiter limiter,
      Duration linkLifetime) {
    this.requestReset = Objects.requireNonNull(requestReset, "requestReset");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    // Rounded down, so that the page never promises more than the link gives.
    this.linkMinutes = Objects.requireNonNull(linkLifetime, "linkLifetime").toMinutes();
  }

  /** GET: the empty form. */
  public void show(Context ctx) {
    render(ctx, Copy.of(ctx), Html.empty(), errors());
  }

  /** POST, behind the anti-forgery check: "Send me a link". */
  public void request(Context ctx) {
    Copy copy = Copy.of(ctx);
    FormClient client = FormClient.of(ctx);
    try {
      client.count(limiter);
    } catch (TooManyAttemptsException tooMany) {
      long seconds = tooMany.retryAfterSeconds();
      ctx.status(HttpStatus.TOO_MANY_REQUESTS).header(RetryAfter.HEADER, Long.toString(seconds));
      Html message =
          copy.html("forgotPassword.tooManyRequests", "wait", RetryAfter.inWords(seconds, copy));
      render(ctx, copy, Html.render("<p>%s</p>", message), errors());
      return;
    }
    String typed = Optional.ofNullable(ctx.formParam(FIELD)).orElse("");
    // An empty box says nothing about any account, so it may be answered differently.
    if (typed.isBlank()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, copy, Html.empty(), errors().add(FIELD, copy.text("field.identifier.empty")));
      return;
    }
    ForgottenAccount.command(typed, client.clientAddress())
        .ifPresent(requestReset::requestPasswordReset);
    String title = copy.text("forgotPassword.sentTitle");
    Html onItsWay =
        Html.render(
            ON_ITS_WAY,
            title,
            copy.text(
                "forgotPassword.sent", "lifetime", copy.count("duration.minute", linkMinutes)),
            Paths.SIGN_IN,
            copy.text("forgotPassword.backToSignIn"));
    HtmlResponse.send(ctx, Layout.signedOut(copy, title, onItsWay));
  }

  private static FormErrors errors() {
    return new FormErrors(FIELD);
  }

  // Never the typed text back: the page must look the same for every answer.
  private void render(Context ctx, Copy copy, Html general, FormErrors errors) {
    String title = copy.text("forgotPassword.title");
    Html form =
        Html.render(
            FORM,
            ErrorSummary.of(copy, general, errors),
            title,
            copy.text("forgotPassword.intro"),
            Paths.FORGOT_PASSWORD,
            Csrf.field(csrf.signedOutToken(ctx, Paths.FORGOT_PASSWORD)),
            IDENTIFIER.render(copy, "", errors.of(FIELD)),
            copy.text("forgotPassword.submit"),
            Paths.SIGN_IN,
            copy.text("forgotPassword.backToSignIn"));
    HtmlResponse.send(
        ctx, Layout.signedOut(copy, ErrorSummary.title(copy, title, general, errors), form));
  }
}
