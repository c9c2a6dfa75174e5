package org.singlepassword.adapters.web.session;

import java.util.Objects;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.token.SecretToken;

/**
 * The person this browser is signed in as, fresh from their account, with the session's token (to
 * sign out) and the anti-forgery token the page's forms must carry.
 */
public record SignedInSession(SignedIn person, SecretToken token) {

  public SignedInSession {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(token, "token");
  }

  /** The hidden field that lets this person's forms through. */
  public Html antiForgeryField() {
    return Csrf.field(Csrf.tokenFor(token));
  }
}
