package org.singlepassword.adapters.web.cas;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.cas.ValidationOutcome.Failure;
import org.singlepassword.adapters.web.cas.ValidationOutcome.Success;
import org.singlepassword.application.port.in.sso.TicketValidationException;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketCommand;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketUseCase;
import org.singlepassword.domain.token.SecretToken;

/**
 * Incoming adapter: an e-service's server exchanging a service ticket for the person it stands for
 * (CAS 3.0, sections 2.4, 2.5 and 2.8): {@code /cas/serviceValidate} and {@code
 * /cas/p3/serviceValidate} in XML or, with {@code format=JSON}, JSON; {@code /cas/validate} in CAS
 * 1.0's two lines. Every answer is a 200, failures included, as CAS clients expect. No proxy
 * tickets are issued: {@code pgtUrl} is ignored.
 */
public final class ServiceValidateEndpoint {

  private static final String PLAIN_TEXT = "text/plain;charset=UTF-8";

  private final ValidateServiceTicketUseCase validateServiceTicket;
  private final ApiJson json;

  ServiceValidateEndpoint(ValidateServiceTicketUseCase validateServiceTicket, ApiJson json) {
    this.validateServiceTicket =
        Objects.requireNonNull(validateServiceTicket, "validateServiceTicket");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * GET {@code /cas/serviceValidate} and {@code /cas/p3/serviceValidate}. A format other than XML
   * or JSON is refused before the ticket is looked at, so that the mistake does not use it up.
   */
  public void serviceValidate(Context ctx) {
    String format =
        Optional.ofNullable(ctx.queryParam(CasParameters.FORMAT))
            .orElse("XML")
            .toUpperCase(Locale.ROOT);
    switch (format) {
      case "XML" -> xml(ctx, outcome(ctx));
      case "JSON" -> json.write(ctx, 200, ServiceResponseJson.of(outcome(ctx)));
      default -> xml(ctx, Failure.invalidRequest("The format must be XML or JSON."));
    }
  }

  /** GET {@code /cas/validate}, CAS 1.0: {@code yes} and the username, or {@code no}. */
  public void validate(Context ctx) {
    String answer =
        outcome(ctx) instanceof Success success ? "yes\n" + success.user() + "\n" : "no\n\n";
    ctx.status(200).contentType(PLAIN_TEXT).result(answer.getBytes(StandardCharsets.UTF_8));
  }

  private ValidationOutcome outcome(Context ctx) {
    String service = ctx.queryParam(CasParameters.SERVICE);
    String ticket = ctx.queryParam(CasParameters.TICKET);
    if (service == null || service.isEmpty() || ticket == null || ticket.isEmpty()) {
      return Failure.invalidRequest("Both the service and the ticket parameters are required.");
    }
    Optional<SecretToken> token = TicketText.parse(ticket);
    if (token.isEmpty()) {
      return Failure.notOurs();
    }
    boolean renew = CasParameters.isSet(ctx.queryParam(CasParameters.RENEW));
    try {
      return new Success(
          validateServiceTicket.validateServiceTicket(
              new ValidateServiceTicketCommand(token.get(), service, renew)));
    } catch (TicketValidationException refused) {
      return Failure.of(refused.failure());
    }
  }

  private static void xml(Context ctx, ValidationOutcome outcome) {
    ctx.status(200)
        .contentType(ServiceResponseXml.MEDIA_TYPE)
        .result(ServiceResponseXml.of(outcome).getBytes(StandardCharsets.UTF_8));
  }
}
