package org.singlepassword.adapters.web.cas;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.ContentSecurityPolicy;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.PageContent;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.profile.AccountPasswordStep;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.sso.PasswordChangeRequiredException;
import org.singlepassword.application.port.in.sso.RecognizedService;
import org.singlepassword.application.port.in.sso.ServiceNotRecognizedException;

/**
 * Incoming adapter: the Account Password step inside the CAS sign-in, {@code POST /cas/password}. A
 * person with an initial or expired password gets no ticket: they change it here, with the same
 * form and answers as on My Profile, and only then go on to the e-service with a ticket, as having
 * just typed their password.
 */
public final class CasPasswordEndpoint {

  private final AccountPasswordStep step;
  private final ServiceAddresses services;
  private final ServiceRedirects redirects;

  CasPasswordEndpoint(
      AccountPasswordStep step, ServiceAddresses services, ServiceRedirects redirects) {
    this.step = Objects.requireNonNull(step, "step");
    this.services = Objects.requireNonNull(services, "services");
    this.redirects = Objects.requireNonNull(redirects, "redirects");
  }

  /** The empty form, in place of the ticket the sign-in could not give yet. */
  void show(Context ctx, SignedInSession session, RecognizedService service) {
    showIn(ctx, CasForms.copy(ctx, Optional.of(service), false), session, service);
  }

  /**
   * POST, behind sign-in (open with an initial or expired password) and the anti-forgery check:
   * "Confirm", then on to the e-service.
   *
   * @throws ServiceNotRecognizedException the form carries no e-service's address
   */
  public void change(Context ctx, SignedInSession session) {
    RecognizedService service =
        services
            .named(ctx.formParam(CasParameters.SERVICE))
            .orElseThrow(ServiceNotRecognizedException::new);
    // /cas/password shows nothing when opened: the switch shows the step again at /cas/login.
    Copy copy = CasForms.copy(ctx, Optional.of(service), false).at(Paths.CAS_LOGIN);
    Optional<PageContent> formAgain =
        step.confirm(ctx, copy, session, CasForms.accountPassword(copy, service));
    if (formAgain.isPresent()) {
      send(ctx, copy, session, service, formAgain.get());
      return;
    }
    try {
      redirects.withTicket(ctx, session, service, true, HttpStatus.SEE_OTHER);
    } catch (PasswordChangeRequiredException stillRequired) {
      showIn(ctx, copy, session, service);
    }
  }

  private void showIn(Context ctx, Copy copy, SignedInSession session, RecognizedService service) {
    send(
        ctx,
        copy,
        session,
        service,
        step.form(copy, session, CasForms.accountPassword(copy, service)));
  }

  private static void send(
      Context ctx,
      Copy copy,
      SignedInSession session,
      RecognizedService service,
      PageContent content) {
    ContentSecurityPolicy.allowFormsTo(ctx, service.url().value());
    HtmlResponse.send(
        ctx,
        Layout.signedIn(
            copy, content.title(), session.antiForgeryField(), Html.empty(), content.main()));
  }
}
