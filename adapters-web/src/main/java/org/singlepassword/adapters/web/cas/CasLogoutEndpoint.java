package org.singlepassword.adapters.web.cas;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.session.SessionCookie;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.in.sso.RecognizedService;

/**
 * Incoming adapter: {@code GET /cas/logout} (CAS 3.0, section 2.3), an e-service's "Sign out". The
 * session ends for good and the browser forgets it; then back to the e-service if {@code service}
 * is one's address, else a page that says so. A GET, as the protocol has it: the worst another site
 * can do with it is sign a person out.
 */
public final class CasLogoutEndpoint {

  private static final String SIGNED_OUT =
      """
      <h1>%s</h1>
      <div class="panel-success" role="status">
      <p>%s</p>
      </div>
      <p><a href="%s">%s</a></p>""";

  private final EndSessionUseCase endSession;
  private final SessionCookie sessionCookie;
  private final ServiceAddresses services;

  CasLogoutEndpoint(
      EndSessionUseCase endSession, SessionCookie sessionCookie, ServiceAddresses services) {
    this.endSession = Objects.requireNonNull(endSession, "endSession");
    this.sessionCookie = Objects.requireNonNull(sessionCookie, "sessionCookie");
    this.services = Objects.requireNonNull(services, "services");
  }

  public void logout(Context ctx) {
    SessionCookie.read(ctx).ifPresent(endSession::endSession);
    sessionCookie.clear(ctx);
    Optional<RecognizedService> service =
        services.recognized(ctx.queryParam(CasParameters.SERVICE));
    if (service.isPresent()) {
      ServiceRedirects.withoutTicket(ctx, service.get());
      return;
    }
    Copy copy = Copy.of(ctx);
    Html main =
        Html.render(
            SIGNED_OUT,
            copy.text("cas.logout.heading"),
            copy.text("cas.logout.text"),
            Paths.SIGN_IN,
            copy.text("cas.logout.signInAgain"));
    HtmlResponse.send(ctx, Layout.signedOut(copy, copy.text("cas.logout.title"), main));
  }
}
