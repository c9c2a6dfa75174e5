package org.singlepassword.adapters.web.cas;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.singlepassword.adapters.web.ratelimit.FormClient;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.application.port.in.sso.IssueServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.RecognizedService;
import org.singlepassword.domain.token.SecretToken;

/**
 * Sends a person back to a recognized e-service: with a new service ticket once signed in, or
 * without one (a {@code gateway} request with nobody signed in, or after signing out).
 */
final class ServiceRedirects {

  private final IssueServiceTicketUseCase issueServiceTicket;

  ServiceRedirects(IssueServiceTicketUseCase issueServiceTicket) {
    this.issueServiceTicket = Objects.requireNonNull(issueServiceTicket, "issueServiceTicket");
  }

  /**
   * Issues a ticket for the session's person and redirects to the e-service with it.
   *
   * @param fromCredentials whether the person has just typed the password, rather than arriving
   *     signed in (CAS's {@code renew})
   * @throws org.singlepassword.application.port.in.sso.PasswordChangeRequiredException an initial
   *     or expired password must be changed first
   */
  void withTicket(
      Context ctx,
      SignedInSession session,
      RecognizedService service,
      boolean fromCredentials,
      HttpStatus status) {
    SecretToken ticket =
        issueServiceTicket.issueServiceTicket(
            new IssueServiceTicketCommand(
                session.person().accountId(),
                service.url(),
                fromCredentials,
                FormClient.of(ctx).clientAddress()));
    String urlSafe = URLEncoder.encode(TicketText.of(ticket), StandardCharsets.UTF_8);
    redirect(ctx, service.url().withParameter(CasParameters.TICKET, urlSafe), status);
  }

  static void withoutTicket(Context ctx, RecognizedService service) {
    redirect(ctx, service.url().value(), HttpStatus.FOUND);
  }

  // A header carries ASCII only: an address with other characters goes percent-encoded, as a
  // browser would send it. The address parsed as a URI when it was recognized.
  private static void redirect(Context ctx, String address, HttpStatus status) {
    ctx.redirect(URI.create(address).toASCIIString(), status);
  }
}
