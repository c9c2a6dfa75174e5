package org.singlepassword.adapters.web.session;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.singlepassword.domain.token.SecretToken;

/**
 * The browser's half of a web session: the cookie that holds the session token. HttpOnly so that no
 * script can read it, SameSite=Lax so that other sites cannot post with it, Secure whenever people
 * reach the service over https (its public address says so, or the request itself came so).
 */
public final class SessionCookie {

  public static final String NAME = "sps_session";

  private final boolean secure;

  /** {@code secure}: people reach the service over https, so the cookie goes only there. */
  public SessionCookie(boolean secure) {
    this.secure = secure;
  }

  /** The token this browser presents, if any. */
  public static Optional<SecretToken> read(Context ctx) {
    return Optional.ofNullable(ctx.cookie(NAME))
        .filter(value -> !value.isEmpty())
        .map(SecretToken::of);
  }

  /** Hands the browser a new session token; it lasts until the browser closes. */
  public void set(Context ctx, SecretToken token) {
    ctx.cookie(cookie(ctx, token.reveal(), -1));
  }

  /** Makes the browser forget its session token. */
  public void clear(Context ctx) {
    ctx.cookie(cookie(ctx, "", 0));
  }

  private Cookie cookie(Context ctx, String value, int maxAgeSeconds) {
    return new Cookie(
        NAME, value, "/", maxAgeSeconds, secure(ctx, secure), true, null, SameSite.LAX);
  }

  /** Secure when the settings say people use https, or this request came over https. */
  static boolean secure(Context ctx, boolean secureSetting) {
    return secureSetting || "https".equalsIgnoreCase(ctx.scheme());
  }
}
