package org.singlepassword.adapters.web.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.session.SessionCookie;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;

/**
 * Incoming adapter: the "Sign out" button in every signed-in page's header. It ends the session for
 * good, not only in this browser, and sends the person back to Sign in.
 */
public final class SignOutAction {

  private final EndSessionUseCase endSession;
  private final SessionCookie cookie;

  public SignOutAction(EndSessionUseCase endSession, SessionCookie cookie) {
    this.endSession = Objects.requireNonNull(endSession, "endSession");
    this.cookie = Objects.requireNonNull(cookie, "cookie");
  }

  /** POST, behind sign-in and the anti-forgery check. */
  public void signOut(Context ctx, SignedInSession session) {
    endSession.endSession(session.token());
    cookie.clear(ctx);
    ctx.redirect(Paths.SIGN_IN, HttpStatus.SEE_OTHER);
  }
}
