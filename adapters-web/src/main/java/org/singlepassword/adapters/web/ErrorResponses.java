package org.singlepassword.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.Problem;
import org.singlepassword.adapters.web.api.ProblemException;
import org.singlepassword.adapters.web.api.Problems;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.ratelimit.RetryAfter;
import org.singlepassword.adapters.web.ratelimit.TooManyAttemptsException;
import org.singlepassword.adapters.web.session.FormExpiredException;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.ServiceBusyException;
import org.singlepassword.application.port.in.accounts.AccountNotFoundException;
import org.singlepassword.application.port.in.admin.AccountAlreadyExistsException;
import org.singlepassword.application.port.in.admin.EServiceAlreadyExistsException;
import org.singlepassword.application.port.in.eservice.EServiceNotFoundException;
import org.singlepassword.application.port.in.reset.InvalidResetLinkException;
import org.singlepassword.application.port.in.signin.AccountDisabledException;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.application.port.in.sso.ServiceNotRecognizedException;
import org.singlepassword.application.port.out.StoreUnavailableException;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure that leaves a handler, answered in one place: a problem under {@code /api}, a page
 * elsewhere. An unknown failure is a plain 500 with an incident id that IT can find in the log; no
 * answer ever shows a stack trace or an exception's message.
 */
final class ErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  private static final String INCIDENT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int INCIDENT_LENGTH = 8;

  /** The database back after a restart or a fail-over: a few seconds, rarely more. */
  static final long STORE_RETRY_AFTER_SECONDS = 10;

  private static final String MESSAGE_PAGE =
      """
      <h1>%s</h1>
      <p>%s</p>
      <p><a href="%s">%s</a></p>""";

  private final ApiJson json;
  private final URI helpUrl;
  private final SecureRandom random;
  private final int maxBodyBytes;
  private final Clock clock;

  ErrorResponses(ApiJson json, URI helpUrl, SecureRandom random, int maxBodyBytes, Clock clock) {
    this.json = Objects.requireNonNull(json, "json");
    this.helpUrl = Objects.requireNonNull(helpUrl, "helpUrl");
    this.random = Objects.requireNonNull(random, "random");
    this.maxBodyBytes = maxBodyBytes;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  void register(RoutesConfig routes) {
    routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem(), e.headers()));
    routes.exception(FormExpiredException.class, (e, ctx) -> formExpired(ctx));

    // Outcomes of the use cases that the API answers as problems; pages handle their own.
    routes.exception(
        IncorrectPasswordException.class,
        (e, ctx) -> apiProblem(ctx, e, Problems.incorrectCredentials(helpUrl)));
    routes.exception(
        AccountLockedException.class,
        (e, ctx) ->
            apiProblem(
                ctx,
                e,
                Problems.accountLocked(e.lockedUntil()),
                retryAfter(RetryAfter.secondsUntil(e.lockedUntil(), clock))));
    routes.exception(
        AccountDisabledException.class, (e, ctx) -> apiProblem(ctx, e, Problems.accountDisabled()));
    routes.exception(
        PasswordRejectedException.class,
        (e, ctx) -> apiProblem(ctx, e, Problems.passwordRejected(e.unmet(), clock.getZone())));
    routes.exception(
        ConcurrentChangeException.class,
        (e, ctx) -> apiProblem(ctx, e, Problems.concurrentChange()));
    routes.exception(
        AccountAlreadyExistsException.class,
        (e, ctx) -> apiProblem(ctx, e, Problems.accountExists(e.username().value())));
    routes.exception(
        EServiceAlreadyExistsException.class,
        (e, ctx) -> apiProblem(ctx, e, Problems.eServiceExists(e.id().value())));
    routes.exception(
        AccountNotFoundException.class, (e, ctx) -> apiProblem(ctx, e, Problems.accountNotFound()));
    routes.exception(
        InvalidResetLinkException.class,
        (e, ctx) -> apiProblem(ctx, e, Problems.invalidResetLink()));
    routes.exception(
        EServiceNotFoundException.class,
        (e, ctx) -> apiProblem(ctx, e, Problems.eServiceNotFound()));
    routes.exception(TooManyAttemptsException.class, this::tooManyAttempts);
    routes.exception(ServiceNotRecognizedException.class, this::serviceNotRecognized);
    routes.exception(StoreUnavailableException.class, this::storeUnavailable);
    routes.exception(ServiceBusyException.class, this::serviceBusy);

    // Javalin's own answers (no such address, wrong method, body too large) in our format.
    routes.exception(HttpResponseException.class, this::httpResponse);
    routes.exception(Exception.class, (e, ctx) -> unknownFailure(ctx, e));
  }

  private void apiProblem(Context ctx, Exception outcome, Problem problem) {
    apiProblem(ctx, outcome, problem, Map.of());
  }

  private void apiProblem(
      Context ctx, Exception outcome, Problem problem, Map<String, String> headers) {
    if (isApi(ctx)) {
      problem(ctx, problem, headers);
    } else {
      unknownFailure(ctx, outcome);
    }
  }

  // Pages answer a rate limit in their own form; this is the answer of any other page.
  private void tooManyAttempts(TooManyAttemptsException exception, Context ctx) {
    long seconds = exception.retryAfterSeconds();
    if (isApi(ctx)) {
      problem(ctx, Problems.tooManyAttempts(seconds), retryAfter(seconds));
      return;
    }
    ctx.header(RetryAfter.HEADER, Long.toString(seconds));
    messagePage(ctx, 429, "error.tooManyAttempts");
  }

  // The CAS sign-in's answer to an address that is no e-service's: a page that says so, and never
  // a redirect, so that Single-Password cannot be used to send people to another site.
  private void serviceNotRecognized(ServiceNotRecognizedException exception, Context ctx) {
    if (isApi(ctx)) {
      problem(ctx, Problems.serviceNotRecognized(), Map.of());
      return;
    }
    messagePage(ctx, 400, "error.unknownService");
  }

  // Not an incident: nothing broke here, and the same request will work once the database is back.
  private void storeUnavailable(StoreUnavailableException exception, Context ctx) {
    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), exception.getMessage(), exception.getCause());
    long seconds = STORE_RETRY_AFTER_SECONDS;
    if (isApi(ctx)) {
      problem(ctx, Problems.storeUnavailable(seconds), retryAfter(seconds));
      return;
    }
    ctx.header(RetryAfter.HEADER, Long.toString(seconds));
    messagePage(ctx, 503, "error.storeUnavailable");
  }

  // Admission control refused the request before it did anything: the client may simply retry.
  private void serviceBusy(ServiceBusyException exception, Context ctx) {
    long seconds = RetryAfter.seconds(exception.retryAfter());
    if (isApi(ctx)) {
      problem(ctx, Problems.serviceBusy(seconds), retryAfter(seconds));
      return;
    }
    ctx.header(RetryAfter.HEADER, Long.toString(seconds));
    messagePage(ctx, 503, "error.serviceBusy");
  }

  private static Map<String, String> retryAfter(long seconds) {
    return Map.of(RetryAfter.HEADER, Long.toString(seconds));
  }

  private void httpResponse(HttpResponseException exception, Context ctx) {
    int status = exception.getStatus();
    if (isApi(ctx)) {
      Problem problem =
          switch (status) {
            case 404 -> Problems.notFound();
            case 405 -> Problems.methodNotAllowed();
            case 413 -> Problems.bodyTooLarge(maxBodyBytes);
            default -> Problems.httpStatus(status, reason(status));
          };
      problem(ctx, problem, allowHeader(exception));
      return;
    }
    allowHeader(exception).forEach(ctx::header);
    String page =
        switch (status) {
          case 400 -> "error.badRequest";
          case 404 -> "error.notFound";
          case 405 -> "error.methodNotAllowed";
          case 413 -> "error.tooLarge";
          default -> "error.other";
        };
    messagePage(ctx, status, page);
  }

  private void formExpired(Context ctx) {
    messagePage(ctx, 403, "error.formExpired");
  }

  /** A page saying what went wrong: its key's {@code .title} and {@code .text}. */
  private static void messagePage(Context ctx, int status, String key) {
    Copy copy = Copy.of(ctx);
    String title = copy.text(key + ".title", "status", status);
    Html body =
        Html.render(
            MESSAGE_PAGE, title, copy.text(key + ".text"), Paths.HOME, copy.text("error.home"));
    page(ctx, copy, status, title, body);
  }

  private void unknownFailure(Context ctx, Exception failure) {
    String incident = newIncidentId();
    LOG.error("Incident {}: {} {} failed", incident, ctx.method(), ctx.path(), failure);
    if (isApi(ctx)) {
      problem(ctx, Problems.internalError(incident), Map.of());
      return;
    }
    Copy copy = Copy.of(ctx);
    String title = copy.text("error.incident.title");
    Html body =
        Html.render(
            MESSAGE_PAGE,
            title,
            copy.html(
                "error.incident.text",
                "itHelp",
                copy.link(helpUrl.toString(), "common.itHelp"),
                "incident",
                Html.render("<strong class=\"incident\">%s</strong>", incident)),
            Paths.HOME,
            copy.text("error.home"));
    page(ctx, copy, 500, title, body);
  }

  private void problem(Context ctx, Problem problem, Map<String, String> headers) {
    json.problem(ctx, problem, headers);
  }

  private static void page(Context ctx, Copy copy, int status, String title, Html main) {
    ctx.status(status);
    HtmlResponse.send(ctx, Layout.signedOut(copy, title, main));
  }

  private static Map<String, String> allowHeader(HttpResponseException exception) {
    if (exception.getStatus() != 405) {
      return Map.of();
    }
    // Javalin names the methods a path accepts under one of two keys, by the Accept header.
    String methods = exception.getDetails().get("availableMethods");
    if (methods == null) {
      methods = exception.getDetails().get("Available methods");
    }
    return methods == null ? Map.of() : Map.of("Allow", methods);
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Page not found";
      case 405 -> "Method not allowed";
      case 413 -> "Too large";
      default -> "Error " + status;
    };
  }

  private String newIncidentId() {
    StringBuilder id = new StringBuilder(INCIDENT_LENGTH);
    for (int i = 0; i < INCIDENT_LENGTH; i++) {
      id.append(INCIDENT_ALPHABET.charAt(random.nextInt(INCIDENT_ALPHABET.length())));
    }
    return id.toString();
  }
}
