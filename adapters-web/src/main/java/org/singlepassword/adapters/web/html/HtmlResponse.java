package org.singlepassword.adapters.web.html;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Sends a page as what it is: HTML in UTF-8, said in the header as well as in the page, so that
 * "陳大文" or an en dash reaches every browser intact.
 */
public final class HtmlResponse {

  private static final String CONTENT_TYPE = "text/html; charset=utf-8";

  private HtmlResponse() {}

  public static void send(Context ctx, Html page) {
    ctx.contentType(CONTENT_TYPE).result(page.markup().getBytes(StandardCharsets.UTF_8));
  }
}
