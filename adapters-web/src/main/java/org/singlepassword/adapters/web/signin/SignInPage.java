package org.singlepassword.adapters.web.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.session.Csrf;
import org.singlepassword.adapters.web.session.SessionCookie;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.port.in.signin.SignInUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.password.IncorrectPasswordException;

/**
 * Incoming adapter: the Sign in page, where a person signs in with the single password. A wrong
 * password and an unknown username get the same answer, with the FAQ's reasons why a password may
 * not work.
 */
public final class SignInPage {

  private static final String FORM =
      """
      <h1>Sign in</h1>
      %s
      <form method="post" action="%s" class="sign-in">
      %s
      <p><label for="username">Username</label>
      <input id="username" name="username" type="text" value="%s" autocomplete="username"
       autocapitalize="none" spellcheck="false" required></p>
      <p><label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password"
       required></p>
      <p><button type="submit">Sign in</button></p>
      </form>""";

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

  private static final String TRY_AGAIN =
      """
      <div class="error" role="alert">
      <p>Your account was changed at the same time as you signed in. Please try again.</p>
      </div>""";

  private final SignInUseCase signIn;
  private final OpenSessionUseCase openSession;
  private final EndSessionUseCase endSession;
  private final Csrf csrf;
  private final URI helpUrl;

  public SignInPage(
      SignInUseCase signIn,
      OpenSessionUseCase openSession,
      EndSessionUseCase endSession,
      Csrf csrf,
      URI helpUrl) {
    this.signIn = Objects.requireNonNull(signIn, "signIn");
    this.openSession = Objects.requireNonNull(openSession, "openSession");
    this.endSession = Objects.requireNonNull(endSession, "endSession");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
    this.helpUrl = Objects.requireNonNull(helpUrl, "helpUrl");
  }

  /** GET: the empty form. */
  public void show(Context ctx) {
    render(ctx, "", Html.empty());
  }

  /**
   * POST, behind the anti-forgery check: signs in and opens a new session, or shows the form again
   * with the FAQ's help.
   */
  public void signIn(Context ctx) {
    SignInForm form = SignInForm.from(ctx);
    Optional<SignInCommand> command = form.toCommand();
    if (command.isEmpty()) {
      incorrect(ctx, form);
      return;
    }
    SignedIn person;
    try {
      person = signIn.signIn(command.get());
    } catch (IncorrectPasswordException incorrect) {
      incorrect(ctx, form);
      return;
    } catch (ConcurrentChangeException concurrent) {
      ctx.status(HttpStatus.CONFLICT);
      render(ctx, form.username(), Html.render(TRY_AGAIN));
      return;
    }
    // A new session at each sign-in, and the old one ended: a session id planted in this
    // browser before sign-in is worth nothing afterwards.
    SessionCookie.read(ctx).ifPresent(endSession::endSession);
    SessionCookie.set(ctx, openSession.openSession(person.accountId()));
    String next =
        person.status() == AccountStatus.MUST_CHANGE_PASSWORD
            ? Paths.ACCOUNT_PASSWORD
            : Paths.MY_PROFILE;
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private void incorrect(Context ctx, SignInForm form) {
    ctx.status(HttpStatus.UNAUTHORIZED);
    render(ctx, form.username(), Html.render(INCORRECT, helpUrl.toString()));
  }

  private void render(Context ctx, String username, Html message) {
    Html form =
        Html.render(FORM, message, Paths.SIGN_IN, Csrf.field(csrf.signInToken(ctx)), username);
    HtmlResponse.send(ctx, Layout.signedOut("Sign in", form));
  }
}
