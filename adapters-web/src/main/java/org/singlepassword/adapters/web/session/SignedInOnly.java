package org.singlepassword.adapters.web.session;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.application.port.in.signin.ResumeSessionUseCase;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.token.SecretToken;

/**
 * The door to the pages behind "sign in first". It resumes the browser's session (or sends the
 * person to sign in), checks a form's anti-forgery token, and keeps a person whose password is an
 * initial or an expired one on Account Password until they have changed it, as the FAQ asks.
 */
public final class SignedInOnly {

  private enum Kind {
    PAGE,
    FORM
  }

  private enum AtFirstSignIn {
    SEND_TO_ACCOUNT_PASSWORD,
    LET_THROUGH
  }

  private final ResumeSessionUseCase resumeSession;
  private final SessionCookie cookie;

  public SignedInOnly(ResumeSessionUseCase resumeSession, SessionCookie cookie) {
    this.resumeSession = Objects.requireNonNull(resumeSession, "resumeSession");
    this.cookie = Objects.requireNonNull(cookie, "cookie");
  }

  /** A page that a person with an initial or expired password sees only after changing it. */
  public Handler page(SignedInHandler handler) {
    return ctx -> handle(ctx, handler, Kind.PAGE, AtFirstSignIn.SEND_TO_ACCOUNT_PASSWORD);
  }

  /** A page open to a person with an initial or expired password: Account Password itself. */
  public Handler pageOpenAtFirstSignIn(SignedInHandler handler) {
    return ctx -> handle(ctx, handler, Kind.PAGE, AtFirstSignIn.LET_THROUGH);
  }

  /**
   * A form open to a person with an initial or expired password (changing it, or signing out); its
   * anti-forgery token is checked before the handler runs.
   */
  public Handler formOpenAtFirstSignIn(SignedInHandler handler) {
    return ctx -> handle(ctx, handler, Kind.FORM, AtFirstSignIn.LET_THROUGH);
  }

  private void handle(Context ctx, SignedInHandler handler, Kind kind, AtFirstSignIn atFirstSignIn)
      throws Exception {
    Optional<SignedInSession> session = resume(ctx);
    if (session.isEmpty()) {
      ctx.redirect(Paths.SIGN_IN, HttpStatus.SEE_OTHER);
      return;
    }
    if (kind == Kind.FORM) {
      Csrf.requireSignedInForm(ctx, session.get().token());
    }
    if (atFirstSignIn == AtFirstSignIn.SEND_TO_ACCOUNT_PASSWORD
        && session.get().person().status().requiresPasswordChange()) {
      ctx.redirect(Paths.ACCOUNT_PASSWORD, HttpStatus.SEE_OTHER);
      return;
    }
    handler.handle(ctx, session.get());
  }

  /**
   * The person this browser is signed in as, if its session is still good; a dead cookie is
   * dropped. For pages that serve both the signed-in and the signed-out, such as the CAS sign-in.
   */
  public Optional<SignedInSession> resume(Context ctx) {
    Optional<SecretToken> token = SessionCookie.read(ctx);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    // The use case never resumes a disabled account's session; the door stays shut regardless.
    Optional<SignedInSession> session =
        resumeSession
            .resumeSession(token.get())
            .filter(person -> person.status() != AccountStatus.DISABLED)
            .map(person -> new SignedInSession(person, token.get()));
    if (session.isEmpty()) {
      // An ended or timed-out session: drop the dead cookie rather than send it again and again.
      cookie.clear(ctx);
    }
    return session;
  }
}
