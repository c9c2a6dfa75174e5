package org.singlepassword.adapters.web.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.ErrorSummary;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.PasswordField;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.html.TextField;
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

  private static final TextField USERNAME =
      new TextField(
          SignInForm.USERNAME,
          "field.username",
          "username",
          new Html(" autocapitalize=\"none\" spellcheck=\"false\""));

  private static final PasswordField PASSWORD =
      new PasswordField(SignInForm.PASSWORD, "field.password", "current-password");

  private static final String FORM =
      """
      %s
      <h1>%s</h1>
      %s
      %s
      <form method="post" action="%s" class="sign-in" novalidate>
      %s
      %s
      %s
      %s
      <div class="actions"><button type="submit">%s</button></div>
      </form>
      <p><a href="%s">%s</a></p>""";

  /** The FAQ's "Why does not my password work?", shown after a wrong password. */
  private static final String HELP =
      """
      <div class="help-panel">
      <h2>%s</h2>
      <ul>
      <li>%s</li>
      <li>%s</li>
      </ul>
      <p>%s</p>
      </div>""";

  private static final String LOCKED =
      """
      <p>%s</p>
      <p>%s</p>""";

  private final SignInUseCase signIn;
  private final OpenSessionUseCase openSession;
  private final EndSessionUseCase endSession;
  private final SessionCookie sessionCookie;
  private final Csrf csrf;
  private final AttemptLimiter limiter;
  private final URI helpUrl;
  private final Clock clock;

  /** {@code clock}: now, for when a lock ends, and the zone people read its time in. */
  public SignInStep(
      SignInUseCase signIn,
      OpenSessionUseCase openSession,
      EndSessionUseCase endSession,
      SessionCookie sessionCookie,
      Csrf csrf,
      AttemptLimiter limiter,
      URI helpUrl,
      Clock clock) {
    this.signIn = Objects.requireNonNull(signIn, "signIn");
    this.openSession = Objects.requireNonNull(openSession, "openSession");
    this.endSession = Objects.requireNonNull(endSession, "endSession");
    this.sessionCookie = Objects.requireNonNull(sessionCookie, "sessionCookie");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.helpUrl = Objects.requireNonNull(helpUrl, "helpUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The empty form, in the words of {@code copy}. */
  public void show(Context ctx, Copy copy, FormTarget target) {
    render(ctx, copy, target, "", Html.empty(), errors(), Html.empty());
  }

  /**
   * The form as sent, behind the anti-forgery check: signs in and opens a new session, whose cookie
   * replaces the browser's; or shows the form again with what went wrong and the FAQ's help, its
   * status set.
   *
   * @return the new session, or empty when the form was shown again
   */
  public Optional<SignedInSession> signIn(Context ctx, Copy copy, FormTarget target) {
    SignInForm form = SignInForm.from(ctx);
    // An empty box says nothing about any account: it is named, and costs no attempt.
    FormErrors empty = form.emptyBoxes(copy, errors());
    if (!empty.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, copy, target, form.username(), Html.empty(), empty, Html.empty());
      return Optional.empty();
    }
    FormClient client = FormClient.of(ctx);
    AttemptLimiter.Permit permit;
    try {
      permit = client.acquire(limiter);
    } catch (TooManyAttemptsException tooMany) {
      long seconds = tooMany.retryAfterSeconds();
      Html message =
          paragraph(copy.html("signIn.tooManyAttempts", "wait", RetryAfter.inWords(seconds, copy)));
      return refuse(ctx, copy, target, form, 429, seconds, message);
    }
    // A username that cannot exist uses the attempt up like a wrong password: same answer.
    Optional<SignInCommand> command = form.toCommand(client.clientAddress());
    if (command.isEmpty()) {
      return incorrect(ctx, copy, target, form);
    }
    SignedIn person;
    try {
      person = permit.attemptReturning(() -> signIn.signIn(command.get()));
    } catch (IncorrectPasswordException incorrect) {
      return incorrect(ctx, copy, target, form);
    } catch (AccountLockedException locked) {
      return locked(ctx, copy, target, form, locked.lockedUntil());
    } catch (AccountDisabledException disabled) {
      ctx.status(HttpStatus.FORBIDDEN);
      Html message = paragraph(copy.html("signIn.disabled", "itHelp", itHelp(copy)));
      return shownAgain(ctx, copy, target, form, message, errors(), Html.empty());
    } catch (ConcurrentChangeException concurrent) {
      ctx.status(HttpStatus.CONFLICT);
      Html message = paragraph(copy.html("signIn.tryAgain"));
      return shownAgain(ctx, copy, target, form, message, errors(), Html.empty());
    }
    // A new session at each sign-in, and the old one ended: a session id planted in this
    // browser before sign-in is worth nothing afterwards.
    SessionCookie.read(ctx).ifPresent(endSession::endSession);
    SecretToken session = openSession.openSession(person.accountId());
    sessionCookie.set(ctx, session);
    return Optional.of(new SignedInSession(person, session));
  }

  private Optional<SignedInSession> locked(
      Context ctx, Copy copy, FormTarget target, SignInForm form, Instant lockedUntil) {
    Html message =
        Html.render(
            LOCKED,
            copy.html(
                "signIn.locked",
                "locked",
                Html.render("<strong>%s</strong>", copy.text("signIn.locked.title"))),
            copy.html(
                "signIn.locked.until",
                "time",
                copy.time(lockedUntil, clock.getZone()),
                "date",
                copy.date(lockedUntil, clock.getZone()),
                "itHelp",
                itHelp(copy)));
    long retryAfter = RetryAfter.secondsUntil(lockedUntil, clock);
    return refuse(ctx, copy, target, form, 423, retryAfter, message);
  }

  private Optional<SignedInSession> refuse(
      Context ctx,
      Copy copy,
      FormTarget target,
      SignInForm form,
      int status,
      long retryAfter,
      Html message) {
    ctx.status(status).header(RetryAfter.HEADER, Long.toString(retryAfter));
    return shownAgain(ctx, copy, target, form, message, errors(), Html.empty());
  }

  private Optional<SignedInSession> incorrect(
      Context ctx, Copy copy, FormTarget target, SignInForm form) {
    ctx.status(HttpStatus.UNAUTHORIZED);
    FormErrors errors = errors().add(SignInForm.PASSWORD, copy.text("signIn.incorrect"));
    Html help =
        Html.render(
            HELP,
            copy.text("signIn.help.title"),
            copy.text("signIn.help.caseSensitive"),
            copy.text("signIn.help.sameEverywhere"),
            copy.html("signIn.help.itHelp", "itHelp", itHelp(copy)));
    return shownAgain(ctx, copy, target, form, Html.empty(), errors, help);
  }

  private Optional<SignedInSession> shownAgain(
      Context ctx,
      Copy copy,
      FormTarget target,
      SignInForm form,
      Html general,
      FormErrors errors,
      Html help) {
    render(ctx, copy, target, form.username(), general, errors, help);
    return Optional.empty();
  }

  private Html itHelp(Copy copy) {
    return copy.link(helpUrl.toString(), "common.itHelp");
  }

  private static Html paragraph(Html text) {
    return Html.render("<p>%s</p>", text);
  }

  private static FormErrors errors() {
    return new FormErrors(SignInForm.USERNAME, SignInForm.PASSWORD);
  }

  /**
   * The form, with the typed username (never the password); {@code general} is what went wrong with
   * the sign-in as a whole, {@code help} what follows the heading.
   */
  private void render(
      Context ctx,
      Copy copy,
      FormTarget target,
      String username,
      Html general,
      FormErrors errors,
      Html help) {
    Html form =
        Html.render(
            FORM,
            ErrorSummary.of(copy, general, errors),
            copy.text("signIn.title"),
            target.lead(),
            help,
            target.action(),
            Csrf.field(csrf.signedOutToken(ctx, target.action())),
            target.hiddenFields(),
            USERNAME.render(copy, username, errors.of(SignInForm.USERNAME)),
            PASSWORD.render(copy, errors.of(SignInForm.PASSWORD)),
            copy.text("signIn.submit"),
            Paths.FORGOT_PASSWORD,
            copy.text("signIn.forgotPassword"));
    String title = ErrorSummary.title(copy, copy.text("signIn.title"), general, errors);
    HtmlResponse.send(ctx, Layout.signedOut(copy, title, form));
  }
}
