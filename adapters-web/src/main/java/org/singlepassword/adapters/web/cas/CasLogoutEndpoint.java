package org.singlepassword.adapters.web.cas;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
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
      <h1>You have signed out</h1>
      <p>You have signed out of Single-Password. An e-service you used may keep you signed in
       until you sign out of it too, or close your browser.</p>
      <p><a href="%s">Sign in again</a></p>""";

  private final EndSessionUseCase endSession;
  private final ServiceAddresses services;

  CasLogoutEndpoint(EndSessionUseCase endSession, ServiceAddresses services) {
    this.endSession = Objects.requireNonNull(endSession, "endSession");
    this.services = Objects.requireNonNull(services, "services");
  }

  public void logout(Context ctx) {
    SessionCookie.read(ctx).ifPresent(endSession::endSession);
    SessionCookie.clear(ctx);
    Optional<RecognizedService> service =
        services.recognized(ctx.queryParam(CasParameters.SERVICE));
    if (service.isPresent()) {
      ServiceRedirects.withoutTicket(ctx, service.get());
      return;
    }
    HtmlResponse.send(ctx, Layout.signedOut("Signed out", Html.render(SIGNED_OUT, Paths.SIGN_IN)));
  }
}
