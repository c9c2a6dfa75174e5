package org.singlepassword.adapters.web.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Dates;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.FormClient;
import org.singlepassword.adapters.web.ratelimit.RetryAfter;
import org.singlepassword.adapters.web.ratelimit.TooManyAttemptsException;
import org.singlepassword.adapters.web.session.Csrf;
import org.singlepassword.adapters.web.session.SessionCookie;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.token.SecretToken;

/**
 * Incoming adapter: the Sign in form and what happens when it is sent, on the Sign in page and in
 * the CAS sign-in alike. A wrong password and an unknown username get the same answer, with the
 * FAQ's reasons why a password may not work; a locked account says when it unlocks, a disabled one
 * to contact IT Help, and too many attempts from one address are held off for a while.
 */
public final class SignInStep {

  private static final String FORM =
      """
      <h1>Sign in</h1>
      %s
      %s
      <form method="post" action="%s" class="sign-in">
      %s
      %s
      <p><label for="username">Username</label>
      <input id="username" name="username" type="text" value="%s" autocomplete="username"
       autocapitalize="none" spellcheck="false" required></p>
      <p><label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password"
       required></p>
      <p><button type="submit">Sign in</button></p>
      </form>
      <p><a href="%s">Forgot your password?</a></p>""";

  private static final String INCORRECT =
      """
      <div class="error" role="alert">
      <p><strong>Incorrect username or password.</strong></p>
      <ul>
      <li>Passwords are case sensitive ("PASSWORD", "PaSsWoRd" and "password" are not the same),
       so check that Caps Lock is off.</li>
      <li>Your password is the same for every e-service (Learner Portal, SOUL, Online Enrolment
       Services): if you changed it through another e-service, use that new password.</li>
      </ul>
      <p>To get technical support, please contact <a href="%s">IT Help</a>.</p>
      </div>""";

  private static final String LOCKED =
      """
      <div class="error" role="alert">
      <p><strong>This account is locked</strong> because too many wrong passwords were given for
       it.</p>
      <p>It unlocks at %s on %s: please try again then, or ask <a href="%s">IT Help</a>.</p>
      </div>""";

  private static final String DISABLED =
      """
      <div class="error" role="alert">
      <p>This account is disabled. Please contact <a href="%s">IT Help</a>.</p>
      </div>""";

  private static final String TOO_MANY_ATTEMPTS =
      """
      <div class="error" role="alert">
      <p>Too many sign-in attempts have come from your network address. Please wait %s and try
       again.</p>
      </div>""";

  private static final String TRY_AGAIN =
      """
      <div class="error" role="alert">
      <p>Your account was changed at the same time as you signed in. Please try again.</p>
      </div>""";

  private final SignInUseCase signIn;
  private final OpenSessionUseCase openSession;
  private final EndSessionUseCase endSession;
  private final Csrf csrf;
  private final AttemptLimiter limiter;
  private final URI helpUrl;
  private final Clock clock;

  /** {@code clock}: now, for when a lock ends, and the zone people read its time in. */
  public SignInStep(
      SignInUseCase signIn,
      OpenSessionUseCase openSession,
      EndSessionUseCase endSession,
      Csrf csrf,
      AttemptLimiter limiter,
      URI helpUrl,
      Clock clock) {
    this.signIn = Objects.requireNonNull(signIn, "signIn");
    this.openSession = Objects.requireNonNull(openSession, "openSession");
    this.endSession = Objects.requireNonNull(endSession, "endSession");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.helpUrl = Objects.requireNonNull(helpUrl, "helpUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The empty form. */
  public void show(Context ctx, FormTarget target) {
    render(ctx, target, "", Html.empty());
  }

  /**
   * The form as sent, behind the anti-forgery check: signs in and opens a new session, whose cookie
   * replaces the browser's; or shows the form again with the FAQ's help, its status set.
   *
   * @return the new session, or empty when the form was shown again
   */
  public Optional<SignedInSession> signIn(Context ctx, FormTarget target) {
    SignInForm form = SignInForm.from(ctx);
    FormClient client = FormClient.of(ctx);
    AttemptLimiter.Permit permit;
    try {
      permit = client.acquire(limiter);
    } catch (TooManyAttemptsException tooMany) {
      long seconds = tooMany.retryAfterSeconds();
      Html message = Html.render(TOO_MANY_ATTEMPTS, RetryAfter.inWords(seconds));
      return refuse(ctx, target, form, 429, seconds, message);
    }
    // A form that cannot be a sign-in uses the attempt up like a wrong password: same answer.
    Optional<SignInCommand> command = form.toCommand(client.clientAddress());
    if (command.isEmpty()) {
      return incorrect(ctx, target, form);
    }
    SignedIn person;
    try {
      person = permit.attemptReturning(() -> signIn.signIn(command.get()));
    } catch (IncorrectPasswordException incorrect) {
      return incorrect(ctx, target, form);
    } catch (AccountLockedException locked) {
      return locked(ctx, target, form, locked.lockedUntil());
    } catch (AccountDisabledException disabled) {
      ctx.status(HttpStatus.FORBIDDEN);
      return shownAgain(ctx, target, form, Html.render(DISABLED, helpUrl.toString()));
    } catch (ConcurrentChangeException concurrent) {
      ctx.status(HttpStatus.CONFLICT);
      return shownAgain(ctx, target, form, Html.render(TRY_AGAIN));
    }
    // A new session at each sign-in, and the old one ended: a session id planted in this
    // browser before sign-in is worth nothing afterwards.
    SessionCookie.read(ctx).ifPresent(endSession::endSession);
    SecretToken session = openSession.openSession(person.accountId());
    SessionCookie.set(ctx, session);
    return Optional.of(new SignedInSession(person, session));
  }

  private Optional<SignedInSession> locked(
      Context ctx, FormTarget target, SignInForm form, Instant lockedUntil) {
    Html message =
        Html.render(
            LOCKED,
            Dates.time(lockedUntil, clock.getZone()),
            Dates.date(lockedUntil, clock.getZone()),
            helpUrl.toString());
    return refuse(ctx, target, form, 423, RetryAfter.secondsUntil(lockedUntil, clock), message);
  }

  private Optional<SignedInSession> refuse(
      Context ctx, FormTarget target, SignInForm form, int status, long retryAfter, Html message) {
    ctx.status(status).header(RetryAfter.HEADER, Long.toString(retryAfter));
    return shownAgain(ctx, target, form, message);
  }

  private Optional<SignedInSession> incorrect(Context ctx, FormTarget target, SignInForm form) {
    ctx.status(HttpStatus.UNAUTHORIZED);
    return shownAgain(ctx, target, form, Html.render(INCORRECT, helpUrl.toString()));
  }

  private Optional<SignedInSession> shownAgain(
      Context ctx, FormTarget target, SignInForm form, Html message) {
    render(ctx, target, form.username(), message);
    return Optional.empty();
  }

  private void render(Context ctx, FormTarget target, String username, Html message) {
    Html form =
        Html.render(
            FORM,
            target.lead(),
            message,
            target.action(),
            Csrf.field(csrf.signedOutToken(ctx, target.action())),
            target.hiddenFields(),
            username,
            Paths.FORGOT_PASSWORD);
    HtmlResponse.send(ctx, Layout.signedOut("Sign in", form));
  }
}
