package org.singlepassword.adapters.web.cas;

import java.util.List;
import java.util.Optional;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.application.port.in.sso.RecognizedService;

/**
 * Where the CAS sign-in's forms go and what they carry: the e-service's address, as given, so that
 * each step ends where the person was going, and the e-service's name, so that they know it.
 */
final class CasForms {

  private static final String HIDDEN =
      """
      <input type="hidden" name="%s" value="%s">""";

  private static final String SIGNING_IN_TO =
      """
      <p class="notice">Sign in with your single password to continue to <strong>%s</strong>.</p>""";

  private static final String CHANGING_FOR =
      """
      <p class="notice">Then you will continue to <strong>%s</strong>.</p>""";

  private CasForms() {}

  /** The Sign in form of {@code /cas/login}; {@code renew} stays asked for if it is shown again. */
  static FormTarget signIn(Optional<RecognizedService> service, boolean renew) {
    Html lead = service.map(known -> Html.render(SIGNING_IN_TO, known.name())).orElse(Html.empty());
    Html fields =
        Html.join(
            List.of(
                service.map(CasForms::serviceField).orElse(Html.empty()),
                renew ? Html.render(HIDDEN, CasParameters.RENEW, "true") : Html.empty()));
    return new FormTarget(Paths.CAS_LOGIN, lead, fields);
  }

  /** The Account Password step on the way to the e-service. */
  static FormTarget accountPassword(RecognizedService service) {
    return new FormTarget(
        Paths.CAS_PASSWORD, Html.render(CHANGING_FOR, service.name()), serviceField(service));
  }

  private static Html serviceField(RecognizedService service) {
    return Html.render(HIDDEN, CasParameters.SERVICE, service.url().value());
  }
}
