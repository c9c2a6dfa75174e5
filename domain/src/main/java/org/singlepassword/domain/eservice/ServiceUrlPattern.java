package org.singlepassword.domain.eservice;

import java.net.URI;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an e-service may send people back to: either one exact address (any query string allowed)
 * or, ending in {@code *}, every address that starts with what comes before it. A prefix must
 * include the path's first {@code /}, so that {@code https://soul.example.edu*} cannot be stretched
 * to {@code https://soul.example.edu.evil.example}.
 */
public record ServiceUrlPattern(String value) {

  /**
   * Of patterns matching one address, the one that says most about it first: an exact address
   * before any prefix, a longer prefix before a shorter, so that {@code
   * https://www.example.edu/soul/*} outranks {@code https://www.example.edu/*}.
   */
  public static final Comparator<ServiceUrlPattern> MOST_SPECIFIC_FIRST =
      Comparator.comparing(ServiceUrlPattern::isPrefix)
          .thenComparing(
              Comparator.comparingInt((ServiceUrlPattern p) -> p.value().length()).reversed());

  private static final String ANY = "*";

  public ServiceUrlPattern {
    Objects.requireNonNull(value, "service URL pattern");
    // Stored whole, star included, where the addresses themselves fit.
    if (value.length() > ServiceUrl.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a service URL pattern has at most " + ServiceUrl.MAX_LENGTH + " characters");
    }
    String address = value.endsWith(ANY) ? value.substring(0, value.length() - 1) : value;
    ServiceUrl url = new ServiceUrl(address);
    if (address.contains("*")) {
      throw new IllegalArgumentException("only the end of a service URL may be *: " + value);
    }
    if (value.endsWith(ANY) && URI.create(url.value()).getRawPath().isEmpty()) {
      throw new IllegalArgumentException(
          "a service URL prefix includes the path's first /, such as https://host/*: " + value);
    }
    if (!value.endsWith(ANY) && !url.withoutQuery().equals(url.value())) {
      throw new IllegalArgumentException("an exact service URL has no query string: " + value);
    }
  }

  public boolean isPrefix() {
    return value.endsWith(ANY);
  }

  /** Whether people may be sent back to this address. */
  public boolean matches(ServiceUrl url) {
    Objects.requireNonNull(url, "url");
    if (isPrefix()) {
      return url.value().startsWith(value.substring(0, value.length() - 1));
    }
    return url.withoutQuery().equals(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
