package org.singlepassword.adapters.web;

import io.javalin.http.Context;
import org.singlepassword.adapters.web.html.ContentSecurityPolicy;
import org.singlepassword.adapters.web.html.Paths;

/**
 * The headers every answer carries — page, API answer or asset — so that a browser never guesses a
 * content type, never frames a page, runs and styles with nothing we did not serve as a file, posts
 * forms only to us, tells no other site where people came from, and keeps no copy of a page or an
 * API answer (they hold names, tokens and initial passwords). When people reach the service over
 * https, browsers are told to come back only over https for a year.
 */
final class ResponseHeaders {

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private final boolean https;

  /** {@code https}: the public address people use is an https one. */
  ResponseHeaders(boolean https) {
    this.https = https;
  }

  void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.DEFAULT);
    ctx.header("Referrer-Policy", "no-referrer");
    if (https) {
      ctx.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    // The stylesheet and script are the same for everyone and may be cached; nothing else may.
    if (!ctx.path().startsWith(Paths.ASSETS + "/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
