package org.singlepassword.adapters.web.api.eservice;

import java.time.Instant;
import org.singlepassword.application.port.in.signin.SignedIn;

/**
 * Who signed in, and what they must do first: {@code MUST_CHANGE_PASSWORD} (an initial password) or
 * {@code PASSWORD_EXPIRED}. {@code passwordExpiresAt} is when the password expires ({@code null}
 * when passwords never expire); {@code expiryWarning} says that this is soon, so the e-service
 * should tell the person. Instants are ISO-8601.
 */
public record SignInResponse(
    String username,
    String status,
    String passwordChangedAt,
    String passwordExpiresAt,
    boolean expiryWarning) {

  static SignInResponse from(SignedIn person) {
    return new SignInResponse(
        person.username().value(),
        person.status().name(),
        person.passwordChangedAt().toString(),
        person.passwordExpiresAt().map(Instant::toString).orElse(null),
        person.expiryWarning());
  }
}
