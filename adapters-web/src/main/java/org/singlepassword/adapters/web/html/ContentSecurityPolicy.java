package org.singlepassword.adapters.web.html;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a browser may load and where its forms may go: only from and to Single-Password itself, and
 * no framing. A form of the CAS sign-in ends in a redirect to the e-service, which browsers check
 * against {@code form-action} too, so that page also names the e-service's origin.
 */
public final class ContentSecurityPolicy {

  public static final String HEADER = "Content-Security-Policy";

  /**
   * Every answer's policy: scripts, styles and images only from our own files (no inline script or
   * style at all), nothing else loaded, forms posted only to us, never framed.
   */
  public static final String DEFAULT =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  // Scheme, host (a name, IPv4 or bracketed IPv6) and port: nothing that could end a directive.
  private static final Pattern ORIGIN =
      Pattern.compile(
          "https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?|https?://\\[[0-9A-Fa-f:.]+\\](?::[0-9]{1,5})?");

  private ContentSecurityPolicy() {}

  /**
   * Lets this page's forms lead on to the origin of {@code address} (an e-service's address that
   * was checked already); an address whose origin cannot be written safely adds nothing.
   */
  public static void allowFormsTo(Context ctx, String address) {
    Objects.requireNonNull(address, "address");
    URI uri = URI.create(address);
    if (uri.getScheme() == null || uri.getHost() == null) {
      return;
    }
    String origin =
        uri.getScheme().toLowerCase(Locale.ROOT)
            + "://"
            + uri.getHost().toLowerCase(Locale.ROOT)
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    if (ORIGIN.matcher(origin).matches()) {
      ctx.header(HEADER, DEFAULT.replace("form-action 'self'", "form-action 'self' " + origin));
    }
  }
}
