package org.singlepassword.domain.eservice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address an e-service asks people to be sent back to after signing in (CAS's {@code service}
 * parameter), as given. Only a plain web address is one: absolute http(s), a host, no user info
 * (which could make {@code https://soul.example.edu@evil.example} look like SOUL's), no fragment,
 * no white space or control characters, and no {@code .} or {@code ..} path segment (which a
 * browser resolves, so that {@code https://host/soul/../other/} would pass a registered prefix
 * {@code https://host/soul/*} and yet take the ticket to another application of the host).
 */
public record ServiceUrl(String value) {

  /** Longer addresses are no e-service's; the limit keeps tickets' rows and logs bounded. */
  public static final int MAX_LENGTH = 2000;

  public ServiceUrl {
    Objects.requireNonNull(value, "service URL");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a service URL has 1 to " + MAX_LENGTH + " characters");
    }
    if (value.codePoints().anyMatch(c -> c <= ' ' || c == 0x7f || Character.isWhitespace(c))) {
      throw new IllegalArgumentException("a service URL has no spaces or control characters");
    }
    URI uri = parse(value);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("a service URL starts with https:// or http://");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || value.contains("\\")) {
      throw new IllegalArgumentException("a service URL names a host, and no user");
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException("a service URL has no #fragment");
    }
    if (hasDotSegment(uri.getRawPath())) {
      throw new IllegalArgumentException("a service URL has no . or .. in its path");
    }
  }

  /** The address without its query string: what an exact registration is compared with. */
  public String withoutQuery() {
    int query = value.indexOf('?');
    return query < 0 ? value : value.substring(0, query);
  }

  /** This address with one more query parameter, its value already URL-safe. */
  public String withParameter(String name, String urlSafeValue) {
    return value + (value.indexOf('?') < 0 ? '?' : '&') + name + '=' + urlSafeValue;
  }

  /** Browsers decode {@code %2e} to a dot before they resolve segments: so does this. */
  private static boolean hasDotSegment(String rawPath) {
    for (String segment : rawPath.split("/", -1)) {
      String decoded = segment.replace("%2e", ".").replace("%2E", ".");
      if (decoded.equals(".") || decoded.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException malformed) {
      throw new IllegalArgumentException("a service URL is a valid web address", malformed);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
