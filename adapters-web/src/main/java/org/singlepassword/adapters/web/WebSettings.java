package org.singlepassword.adapters.web;

import java.net.URI;
import java.util.Objects;
import org.singlepassword.domain.token.SecretToken;

/**
 * How the web side is set up: where it listens (port 0 picks a free one), the administrator token
 * of the admin API, the "IT Help" link people are offered, and the largest request body accepted.
 */
public record WebSettings(
    String host, int port, SecretToken adminToken, URI helpUrl, int maxBodyBytes) {

  /** 64 KiB: far more than any form or API request here needs. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  public WebSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(helpUrl, "helpUrl");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("a port is 0 to 65535, was " + port);
    }
    // The link goes into pages as is: only a web address, never a javascript: URL.
    String scheme = helpUrl.getScheme();
    if (!helpUrl.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))) {
      throw new IllegalArgumentException("the IT Help link is an http(s) address: " + helpUrl);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive, was " + maxBodyBytes);
    }
  }

  /** The settings with the default body limit. */
  public WebSettings(String host, int port, SecretToken adminToken, URI helpUrl) {
    this(host, port, adminToken, helpUrl, DEFAULT_MAX_BODY_BYTES);
  }
}
