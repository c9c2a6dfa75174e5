package org.singlepassword.adapters.web.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Paths;

/**
 * Incoming adapter: the Sign in page, where a person signs in with the single password and goes on
 * to My Profile, or first to Account Password with an initial or expired password. The form and its
 * answers to every failure are the {@link SignInStep}'s.
 */
public final class SignInPage {

  private static final FormTarget HERE = FormTarget.to(Paths.SIGN_IN);

  private final SignInStep step;

  public SignInPage(SignInStep step) {
    this.step = Objects.requireNonNull(step, "step");
  }

  /** GET: the empty form. */
  public void show(Context ctx) {
    step.show(ctx, Copy.of(ctx), HERE);
  }

  /** POST, behind the anti-forgery check: signs in, or shows the form again with why not. */
  public void signIn(Context ctx) {
    // My Profile says when a password expires soon; Account Password is all there is until an
    // initial or expired one is changed.
    step.signIn(ctx, Copy.of(ctx), HERE)
        .ifPresent(
            session ->
                ctx.redirect(
                    session.person().status().requiresPasswordChange()
                        ? Paths.ACCOUNT_PASSWORD
                        : Paths.MY_PROFILE,
                    HttpStatus.SEE_OTHER));
  }
}
