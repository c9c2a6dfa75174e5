package org.singlepassword.adapters.web.reset;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
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

  static final String FIELD = "username";
  private static final String TITLE = "Forgot your password?";

  private static final String FORM =
      """
      <h1>Forgot your password?</h1>
      %s
      <p>Enter your username or your e-mail address, and we will e-mail you a link to choose a new
       password.</p>
      <form method="post" action="%s" class="sign-in">
      %s
      <p><label for="username">Username or e-mail address</label>
      <input id="username" name="username" type="text" autocomplete="username"
       autocapitalize="none" spellcheck="false" maxlength="%s" required></p>
      <p><button type="submit">Send me a link</button></p>
      </form>
      <p><a href="%s">Back to Sign in</a></p>""";

  private static final String ON_ITS_WAY =
      """
      <h1>Forgot your password?</h1>
      <div class="confirmation" role="status">
      <p>If an account exists for what you entered, a link to choose a new password is on its way
       to its e-mail address. The link works once, for %s.</p>
      </div>
      <p><a href="%s">Back to Sign in</a></p>""";

  private static final String EMPTY =
      """
      <div class="error" role="alert"><p>Enter your username or e-mail address.</p></div>""";

  private static final String TOO_MANY_ATTEMPTS =
      """
      <div class="error" role="alert"><p>Too many requests have come from your network address.
       Please wait %s and try again.</p></div>""";

  private final RequestPasswordResetUseCase requestReset;
  private final Csrf csrf;
  private final AttemptLimiter limiter;
  private final String linkLifetime;

  /** {@code linkLifetime}: how long a link works, as the core issues it, for the page to say. */
  public ForgotPasswordPage(
      RequestPasswordResetUseCase requestReset,
      Csrf csrf,
      AttemptLimiter limiter,
      Duration linkLifetime) {
    this.requestReset = Objects.requireNonNull(requestReset, "requestReset");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.linkLifetime = minutes(linkLifetime);
  }

  /** GET: the empty form. */
  public void show(Context ctx) {
    render(ctx, Html.empty());
  }

  /** POST, behind the anti-forgery check: "Send me a link". */
  public void request(Context ctx) {
    FormClient client = FormClient.of(ctx);
    try {
      client.count(limiter);
    } catch (TooManyAttemptsException tooMany) {
      long seconds = tooMany.retryAfterSeconds();
      ctx.status(HttpStatus.TOO_MANY_REQUESTS).header(RetryAfter.HEADER, Long.toString(seconds));
      render(ctx, Html.render(TOO_MANY_ATTEMPTS, RetryAfter.inWords(seconds)));
      return;
    }
    String typed = Optional.ofNullable(ctx.formParam(FIELD)).orElse("");
    // An empty box says nothing about any account, so it may be answered differently.
    if (typed.isBlank()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, Html.render(EMPTY));
      return;
    }
    ForgottenAccount.command(typed, client.clientAddress())
        .ifPresent(requestReset::requestPasswordReset);
    Html onItsWay = Html.render(ON_ITS_WAY, linkLifetime, Paths.SIGN_IN);
    HtmlResponse.send(ctx, Layout.signedOut(TITLE, onItsWay));
  }

  // Never the typed text back: the page must look the same for every answer.
  private void render(Context ctx, Html message) {
    Html form =
        Html.render(
            FORM,
            message,
            Paths.FORGOT_PASSWORD,
            Csrf.field(csrf.signedOutToken(ctx, Paths.FORGOT_PASSWORD)),
            ForgottenAccount.MAX_LENGTH,
            Paths.SIGN_IN);
    HtmlResponse.send(ctx, Layout.signedOut(TITLE, form));
  }

  /** "30 minutes", rounded down so that the page never promises more than the link gives. */
  private static String minutes(Duration lifetime) {
    long minutes = Objects.requireNonNull(lifetime, "linkLifetime").toMinutes();
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}
