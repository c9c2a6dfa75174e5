package org.singlepassword.adapters.web;

import io.javalin.http.Context;
import org.singlepassword.adapters.web.html.ContentSecurityPolicy;
import org.singlepassword.adapters.web.html.Paths;

/**
 * The headers every answer carries, so that a browser never guesses a content type, never frames a
 * page, runs no script we did not serve, tells no other site where people came from, and keeps no
 * copy of a page or an API answer (they hold names, tokens and initial passwords).
 */
final class ResponseHeaders {

  private ResponseHeaders() {}

  static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.DEFAULT);
    ctx.header("Referrer-Policy", "no-referrer");
    // The stylesheet is the same for everyone and may be cached; nothing else may.
    if (!ctx.path().startsWith(Paths.ASSETS + "/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
