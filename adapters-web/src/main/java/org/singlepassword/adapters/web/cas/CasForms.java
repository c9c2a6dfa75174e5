package org.singlepassword.adapters.web.cas;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.application.port.in.sso.RecognizedService;

/**
 * Where the CAS sign-in's forms go and what they carry: the e-service's address, as given, so that
 * each step ends where the person was going, and the e-service's name, so that they know it. Their
 * words keep the e-service in the language switch.
 */
final class CasForms {

  private static final String HIDDEN =
      """
      <input type="hidden" name="%s" value="%s">""";

  private CasForms() {}

  /**
   * The words of a CAS page: the request's language, with a switch that shows the same step again
   * for the e-service (and {@code renew}), also after a post whose address has lost them.
   */
  static Copy copy(Context ctx, Optional<RecognizedService> service, boolean renew) {
    Copy copy = Copy.of(ctx);
    if (service.isPresent()) {
      copy = copy.keeping(CasParameters.SERVICE, service.get().url().value());
    }
    return renew ? copy.keeping(CasParameters.RENEW, "true") : copy;
  }

  /** The Sign in form of {@code /cas/login}; {@code renew} stays asked for if it is shown again. */
  static FormTarget signIn(Copy copy, Optional<RecognizedService> service, boolean renew) {
    Html lead =
        service
            .map(known -> notice(copy.html("cas.login.continueTo", "service", name(known))))
            .orElse(Html.empty());
    Html fields =
        Html.join(
            List.of(
                service.map(CasForms::serviceField).orElse(Html.empty()),
                renew ? Html.render(HIDDEN, CasParameters.RENEW, "true") : Html.empty()));
    return new FormTarget(Paths.CAS_LOGIN, lead, fields);
  }

  /** The Account Password step on the way to the e-service. */
  static FormTarget accountPassword(Copy copy, RecognizedService service) {
    Html lead = notice(copy.html("cas.password.continueTo", "service", name(service)));
    return new FormTarget(Paths.CAS_PASSWORD, lead, serviceField(service));
  }

  // Product names stay as the e-service gives them, in both languages.
  private static Html name(RecognizedService service) {
    return Html.render("<strong>%s</strong>", service.name());
  }

  private static Html notice(Html text) {
    return Html.render("<p class=\"notice\">%s</p>", text);
  }

  private static Html serviceField(RecognizedService service) {
    return Html.render(HIDDEN, CasParameters.SERVICE, service.url().value());
  }
}
