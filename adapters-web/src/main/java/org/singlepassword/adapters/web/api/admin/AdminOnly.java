package org.singlepassword.adapters.web.api.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.singlepassword.adapters.web.api.ProblemException;
import org.singlepassword.adapters.web.api.Problems;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/**
 * The door to the administrator API: {@code Authorization: Bearer <administrator token>}, compared
 * by hash in constant time, so that neither the answer nor its timing tells how close a guess was.
 */
public final class AdminOnly {

  private static final String BEARER = "Bearer ";
  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

  private final TokenHash adminTokenHash;

  public AdminOnly(SecretToken adminToken) {
    this.adminTokenHash = adminToken.hash();
  }

  /** The handler, run only for a request that presents the administrator token. */
  public Handler call(Handler handler) {
    return ctx -> {
      if (!presentsAdminToken(ctx)) {
        throw new ProblemException(Problems.adminTokenRequired(), CHALLENGE);
      }
      handler.handle(ctx);
    };
  }

  private boolean presentsAdminToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    String presented = header.substring(BEARER.length()).strip();
    return !presented.isEmpty() && adminTokenHash.matches(SecretToken.of(presented));
  }
}
