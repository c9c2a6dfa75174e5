package org.singlepassword.domain.eservice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address an e-service asks people to be sent back to after signing in (CAS's {@code service}
 * parameter), as given. Only a plain web address is one: absolute http(s), a host, no user info
 * (which could make {@code https://soul.example.edu@evil.example} look like SOUL's), no fragment,
 * no white space or control characters.
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
