package org.singlepassword.adapters.web.cas;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.ContentSecurityPolicy;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.session.SessionCookie;
import org.singlepassword.adapters.web.session.SignedInOnly;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.adapters.web.signin.SignInStep;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.sso.PasswordChangeRequiredException;
import org.singlepassword.application.port.in.sso.RecognizedService;

/**
 * Incoming adapter: {@code /cas/login}, where an e-service sends a person to sign in (CAS 3.0,
 * sections 2.1 and 2.2). Signed in already, the person goes straight back with a ticket (single
 * sign-on) unless {@code renew} asks for the password again; {@code gateway} goes back without a
 * ticket rather than ask. The form is the Sign in page's own. A {@code service} that is no enabled
 * e-service's address is a 400 page before anything else, never a redirect.
 */
public final class CasLoginEndpoint {

  private final ServiceAddresses services;
  private final SignedInOnly sessions;
  private final SessionCookie sessionCookie;
  private final SignInStep signIn;
  private final ServiceRedirects redirects;
  private final CasPasswordEndpoint accountPassword;

  CasLoginEndpoint(
      ServiceAddresses services,
      SignedInOnly sessions,
      SessionCookie sessionCookie,
      SignInStep signIn,
      ServiceRedirects redirects,
      CasPasswordEndpoint accountPassword) {
    this.services = Objects.requireNonNull(services, "services");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.sessionCookie = Objects.requireNonNull(sessionCookie, "sessionCookie");
    this.signIn = Objects.requireNonNull(signIn, "signIn");
    this.redirects = Objects.requireNonNull(redirects, "redirects");
    this.accountPassword = Objects.requireNonNull(accountPassword, "accountPassword");
  }

  /** GET, as credential requestor: a ticket at once, a redirect without one, or the form. */
  public void show(Context ctx) {
    Optional<RecognizedService> service = services.named(ctx.queryParam(CasParameters.SERVICE));
    boolean renew = CasParameters.isSet(ctx.queryParam(CasParameters.RENEW));
    boolean gateway = CasParameters.isSet(ctx.queryParam(CasParameters.GATEWAY));
    // renew asks for the password whatever the session; the specification ignores gateway then.
    Optional<SignedInSession> session = renew ? Optional.empty() : sessions.resume(ctx);
    if (session.isPresent() && service.isPresent()) {
      onTo(ctx, session.get(), service.get(), false, HttpStatus.FOUND);
    } else if (session.isPresent()) {
      ctx.redirect(Paths.MY_PROFILE, HttpStatus.FOUND);
    } else if (gateway && !renew && service.isPresent()) {
      ServiceRedirects.withoutTicket(ctx, service.get());
    } else {
      showForm(ctx, service, renew);
    }
  }

  /**
   * POST, behind the anti-forgery check, as credential acceptor: signs in as the Sign in page does,
   * then on to the e-service with a ticket, or first to Account Password.
   */
  public void signIn(Context ctx) {
    Optional<RecognizedService> service = services.named(ctx.formParam(CasParameters.SERVICE));
    boolean renew = CasParameters.isSet(ctx.formParam(CasParameters.RENEW));
    service.ifPresent(known -> ContentSecurityPolicy.allowFormsTo(ctx, known.url().value()));
    Copy copy = CasForms.copy(ctx, service, renew);
    Optional<SignedInSession> session =
        signIn.signIn(ctx, copy, CasForms.signIn(copy, service, renew));
    if (session.isEmpty()) {
      return;
    }
    if (service.isEmpty()) {
      boolean mustChange = session.get().person().status().requiresPasswordChange();
      ctx.redirect(mustChange ? Paths.ACCOUNT_PASSWORD : Paths.MY_PROFILE, HttpStatus.SEE_OTHER);
      return;
    }
    onTo(ctx, session.get(), service.get(), true, HttpStatus.SEE_OTHER);
  }

  private void onTo(
      Context ctx,
      SignedInSession session,
      RecognizedService service,
      boolean fromCredentials,
      HttpStatus status) {
    if (session.person().status().requiresPasswordChange()) {
      accountPassword.show(ctx, session, service);
      return;
    }
    try {
      redirects.withTicket(ctx, session, service, fromCredentials, status);
    } catch (PasswordChangeRequiredException mustChange) {
      accountPassword.show(ctx, session, service);
    } catch (AccountDisabledException | AccountNotFoundException cannotSignIn) {
      // Disabled or removed since the session began: the session is worth nothing any more.
      sessionCookie.clear(ctx);
      ctx.status(HttpStatus.FORBIDDEN);
      showForm(ctx, Optional.of(service), false);
    }
  }

  private void showForm(Context ctx, Optional<RecognizedService> service, boolean renew) {
    service.ifPresent(known -> ContentSecurityPolicy.allowFormsTo(ctx, known.url().value()));
    Copy copy = CasForms.copy(ctx, service, renew);
    signIn.show(ctx, copy, CasForms.signIn(copy, service, renew));
  }
}
