package org.singlepassword.adapters.web.api;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
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

  /** The body is not of the one media type this address reads. */
  public static Problem unsupportedMediaType(String mediaType) {
    return problem(
        "unsupported-media-type",
        "Unsupported media type",
        415,
        "Send the request body as " + mediaType + " in UTF-8.",
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

  /**
   * The FAQ's "Why does not my password work?", for the e-service to show; the same whether the
   * account exists or not.
   */
  public static Problem incorrectCredentials(URI helpUrl) {
    return problem(
        "incorrect-credentials",
        "Incorrect username or password",
        401,
        "The username or the password is incorrect. Passwords are case sensitive: check that Caps"
            + " Lock is off. If you changed your password through another e-service, use that new"
            + " password.",
        Map.of("help", helpUrl.toString()));
  }

  /** Locked after too many wrong passwords; {@code Retry-After} goes with it. */
  public static Problem accountLocked(Instant lockedUntil) {
    return problem(
        "account-locked",
        "Account locked",
        423,
        "Too many wrong passwords were given for this account, so it is locked until "
            + lockedUntil
            + ". Try again then, or ask IT Help.",
        Map.of("lockedUntil", lockedUntil.toString()));
  }

  public static Problem accountDisabled() {
    return problem(
        "account-disabled",
        "Account disabled",
        403,
        "This account is disabled. Please contact IT Help.",
        Map.of());
  }

  public static Problem accountNotFound() {
    return problem(
        "account-not-found",
        "Account not found",
        404,
        "There is no account with this username.",
        Map.of());
  }

  public static Problem eServiceNotFound() {
    return problem(
        "e-service-not-found",
        "E-service not found",
        404,
        "There is no e-service registered with this id.",
        Map.of());
  }

  /**
   * An address people may not be sent to: it is no enabled, registered e-service's, or no plain web
   * address at all.
   */
  public static Problem serviceNotRecognized() {
    return problem(
        "service-not-recognized",
        "Service not recognized",
        400,
        "This address is not a registered e-service.",
        Map.of());
  }

  /** Too many attempts from the person's address; {@code Retry-After} goes with it. */
  public static Problem tooManyAttempts(long retryAfterSeconds) {
    return problem(
        "too-many-attempts",
        "Too many attempts",
        429,
        "Too many password attempts came from this client address. Try again in "
            + retryAfterSeconds
            + (retryAfterSeconds == 1 ? " second." : " seconds."),
        Map.of("retryAfter", retryAfterSeconds));
  }

  /** The unmet rules; {@code zone} is where the people are, for a date in a message. */
  public static Problem passwordRejected(List<Violation> unmet, ZoneId zone) {
    return problem(
        "password-rejected",
        "Password rejected",
        422,
        "The new password does not meet every rule of the password policy.",
        Map.of(
            "violations",
            unmet.stream().map(unmetRule -> ViolationResponse.from(unmetRule, zone)).toList()));
  }

  /** The body of an import is not CSV as RFC 4180 writes it, or not UTF-8. */
  public static Problem invalidCsv(String detail) {
    return problem("invalid-csv", "Invalid CSV", 400, detail, Map.of());
  }

  public static Problem invalidCsvHeader(String expected) {
    return problem(
        "invalid-csv-header",
        "Invalid CSV header",
        400,
        "The first line must be exactly "
            + expected
            + ": these column names, in this order, with this exact case.",
        Map.of("expected", expected));
  }

  public static Problem emptyImport(String detail) {
    return problem("empty-import", "Nothing to import", 400, detail, Map.of());
  }

  public static Problem tooManyRows(int maxRows) {
    return problem(
        "too-many-rows",
        "Too many rows",
        413,
        "An import may have at most " + maxRows + " account rows: split the file.",
        Map.of("maxRows", maxRows));
  }

  /**
   * One answer for a reset link unknown, used, expired or replaced, so that guessing learns
   * nothing.
   */
  public static Problem invalidResetLink() {
    return problem(
        "invalid-reset-link",
        "Invalid reset link",
        400,
        "This reset link is not valid: it may have expired or been used already.",
        Map.of());
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

  /** The database cannot be reached for a moment; {@code Retry-After} goes with it. */
  public static Problem storeUnavailable(long retryAfterSeconds) {
    return problem(
        "service-unavailable",
        "Service unavailable",
        503,
        "Single-Password cannot reach its database for a moment, so nothing was done. Try again in "
            + retryAfterSeconds
            + " seconds.",
        Map.of("retryAfter", retryAfterSeconds));
  }

  /** Too many passwords are being checked at once; {@code Retry-After} goes with it. */
  public static Problem serviceBusy(long retryAfterSeconds) {
    return problem(
        "service-busy",
        "Service busy",
        503,
        "Too many passwords are being checked at once; nothing was done. Try again in "
            + retryAfterSeconds
            + (retryAfterSeconds == 1 ? " second." : " seconds."),
        Map.of("retryAfter", retryAfterSeconds));
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
