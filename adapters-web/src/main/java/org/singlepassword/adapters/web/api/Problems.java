package org.singlepassword.adapters.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.singlepassword.domain.policy.Violation;

/**
 * Every problem the API answers with, in one list: a newcomer sees all the types an e-service may
 * meet, and a type's URI never changes once published.
 */
public final class Problems {

  private static final String TYPES = "https://single-password.example/problems/";

  private Problems() {}

  public static Problem invalidField(String field, String reason) {
    return problem(
        "invalid-field", "Invalid field", 400, field + ": " + reason, Map.of("field", field));
  }

  public static Problem unknownField(String field) {
    return problem(
        "unknown-field",
        "Unknown field",
        400,
        "The request has a field this API does not know: " + field,
        Map.of("field", field));
  }

  public static Problem invalidJson(String detail) {
    return problem("invalid-json", "Invalid JSON", 400, detail, Map.of());
  }

  public static Problem unsupportedMediaType() {
    return problem(
        "unsupported-media-type",
        "Unsupported media type",
        415,
        "Send the request body as application/json in UTF-8.",
        Map.of());
  }

  public static Problem bodyTooLarge(int maxBytes) {
    return problem(
        "body-too-large",
        "Request body too large",
        413,
        "The request body may have at most " + maxBytes + " bytes.",
        Map.of("maxBytes", maxBytes));
  }

  public static Problem notFound() {
    return problem("not-found", "Not found", 404, "There is nothing at this address.", Map.of());
  }

  public static Problem methodNotAllowed() {
    return problem(
        "method-not-allowed",
        "Method not allowed",
        405,
        "This address does not accept this method.",
        Map.of());
  }

  /** Any other status that the web server itself answered with. */
  public static Problem httpStatus(int status, String title) {
    return problem("http-" + status, title, status, title + ".", Map.of());
  }

  public static Problem adminTokenRequired() {
    return problem(
        "admin-token-required",
        "Administrator token required",
        401,
        "Send the administrator token as Authorization: Bearer <token>.",
        Map.of());
  }

  public static Problem eServiceAuthenticationRequired() {
    return problem(
        "e-service-authentication-required",
        "E-service authentication required",
        401,
        "Send a registered, enabled e-service's id and secret as HTTP Basic authentication.",
        Map.of());
  }

  public static Problem incorrectCredentials() {
    return problem(
        "incorrect-credentials",
        "Incorrect username or password",
        401,
        "The username or the password is incorrect. Passwords are case sensitive.",
        Map.of());
  }

  public static Problem passwordRejected(List<Violation> unmet) {
    return problem(
        "password-rejected",
        "Password rejected",
        422,
        "The new password does not meet every rule of the password policy.",
        Map.of("violations", unmet.stream().map(ViolationResponse::from).toList()));
  }

  public static Problem concurrentChange() {
    return problem(
        "concurrent-change",
        "Changed at the same time",
        409,
        "The account was changed at the same time, so nothing was saved: try again.",
        Map.of());
  }

  public static Problem accountExists(String username) {
    return problem(
        "account-exists",
        "Account exists",
        409,
        "An account named " + username + " exists already.",
        Map.of("username", username));
  }

  public static Problem eServiceExists(String id) {
    return problem(
        "e-service-exists",
        "E-service exists",
        409,
        "An e-service with id " + id + " exists already.",
        Map.of("id", id));
  }

  public static Problem internalError(String incidentId) {
    return problem(
        "internal-error",
        "Internal error",
        500,
        "Something went wrong on our side. Quote incident " + incidentId + " to IT Help.",
        Map.of("incidentId", incidentId));
  }

  private static Problem problem(
      String slug, String title, int status, String detail, Map<String, Object> extensions) {
    return new Problem(URI.create(TYPES + slug), title, status, detail, extensions);
  }
}
