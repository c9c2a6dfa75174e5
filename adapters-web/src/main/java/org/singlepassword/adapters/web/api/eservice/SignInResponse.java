package org.singlepassword.adapters.web.api.eservice;

import org.singlepassword.application.port.in.signin.SignedIn;

/**
 * Who signed in, and whether they must change their initial password before anything else ({@code
 * MUST_CHANGE_PASSWORD}); {@code passwordChangedAt} is an ISO-8601 instant.
 */
public record SignInResponse(String username, String status, String passwordChangedAt) {

  static SignInResponse from(SignedIn person) {
    return new SignInResponse(
        person.username().value(), person.status().name(), person.passwordChangedAt().toString());
  }
}
