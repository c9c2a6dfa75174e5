package org.singlepassword.adapters.web.api.eservice;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.api.ProblemException;
import org.singlepassword.adapters.web.api.Problems;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/**
 * The door to the e-service API: HTTP Basic with the e-service's id and secret. A missing header, a
 * wrong secret, an unknown or a disabled e-service all get the same 401, so that the answer tells a
 * caller nothing about which e-services exist.
 */
public final class EServiceOnly {

  private static final String BASIC = "Basic ";
  private static final Map<String, String> CHALLENGE =
      Map.of("WWW-Authenticate", "Basic realm=\"single-password\"");

  private final AuthenticateEServiceUseCase authenticate;

  public EServiceOnly(AuthenticateEServiceUseCase authenticate) {
    this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
  }

  /** The handler, run only for an authenticated e-service. */
  public Handler call(EServiceHandler handler) {
    return ctx -> {
      EServiceId caller =
          caller(ctx)
              .orElseThrow(
                  () -> new ProblemException(Problems.eServiceAuthenticationRequired(), CHALLENGE));
      handler.handle(ctx, caller);
    };
  }

  private Optional<EServiceId> caller(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    String credentials;
    try {
      byte[] decoded = Base64.getDecoder().decode(header.substring(BASIC.length()).strip());
      credentials = new String(decoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = credentials.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    EServiceId id;
    try {
      id = new EServiceId(credentials.substring(0, colon));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
    return authenticate.authenticateEService(id, SecretToken.of(credentials.substring(colon + 1)));
  }
}
