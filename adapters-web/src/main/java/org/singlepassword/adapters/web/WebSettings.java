package org.singlepassword.adapters.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.singlepassword.domain.token.SecretToken;

/**
 * How the web side is set up: where it listens (port 0 picks a free one), the public address people
 * reach it at ({@code SPS_PUBLIC_URL}: when it is https, every cookie is Secure and browsers are
 * told to keep to https), the administrator token of the admin API, the "IT Help" link people are
 * offered, the largest request body accepted (and the larger one for an account import), how many
 * password attempts one client address may make a minute, how long a reset link works (the core's
 * lifetime, so that the pages say it truly), and the clock: its time drives the rate limit and
 * {@code Retry-After}, its zone is where the people are, so that pages show their dates.
 */
public record WebSettings(
    String host,
    int port,
    URI publicUrl,
    SecretToken adminToken,
    URI helpUrl,
    int maxBodyBytes,
    int maxImportBytes,
    int formAttemptsPerMinute,
    Duration resetLinkLifetime,
    Clock clock) {

  /** 64 KiB: far more than any form or API request here needs. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /** 4 MiB: 10,000 rows of an intake at about 400 bytes a row, with room to spare. */
  public static final int DEFAULT_MAX_IMPORT_BYTES = 4 * 1024 * 1024;

  /**
   * 10: a person who mistypes a few times is never held up; a guesser from one address gets 14,400
   * tries a day at most, and the account lockout stops them much sooner on any one account.
   */
  public static final int DEFAULT_FORM_ATTEMPTS_PER_MINUTE = 10;

  /** 30 minutes: time to open the e-mail, too short for a forgotten link to be found later. */
  public static final Duration DEFAULT_RESET_LINK_LIFETIME = Duration.ofMinutes(30);

  public WebSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(helpUrl, "helpUrl");
    Objects.requireNonNull(resetLinkLifetime, "resetLinkLifetime");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("a port is 0 to 65535, was " + port);
    }
    if (!"https".equals(publicUrl.getScheme()) && !"http".equals(publicUrl.getScheme())) {
      throw new IllegalArgumentException("the public address is an http(s) address: " + publicUrl);
    }
    // The link goes into pages as is: only a web address, never a javascript: URL.
    String scheme = helpUrl.getScheme();
    if (!helpUrl.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))) {
      throw new IllegalArgumentException("the IT Help link is an http(s) address: " + helpUrl);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive, was " + maxBodyBytes);
    }
    if (maxImportBytes < 1) {
      throw new IllegalArgumentException(
          "the import limit must be positive, was " + maxImportBytes);
    }
    if (formAttemptsPerMinute < 1) {
      throw new IllegalArgumentException(
          "at least one attempt a minute must be allowed, was " + formAttemptsPerMinute);
    }
    // Pages say the lifetime in whole minutes, rounded down, so that they never promise more.
    if (resetLinkLifetime.toMinutes() < 1) {
      throw new IllegalArgumentException(
          "a reset link works at least a minute, was " + resetLinkLifetime);
    }
  }

  /**
   * Whether people reach the service over https, so that cookies must be Secure and browsers kept
   * to https (HSTS). Behind a proxy that ends TLS the server itself only sees plain http: the
   * public address is what says.
   */
  public boolean https() {
    return "https".equals(publicUrl.getScheme());
  }

  /**
   * The settings with the default limits and the system clock in the server's time zone, reached
   * over plain http at the address it listens on.
   */
  public WebSettings(String host, int port, SecretToken adminToken, URI helpUrl) {
    this(host, port, adminToken, helpUrl, DEFAULT_MAX_BODY_BYTES);
  }

  /** The settings with this body limit, the other defaults, and the system clock. */
  public WebSettings(String host, int port, SecretToken adminToken, URI helpUrl, int maxBodyBytes) {
    this(
        host,
        port,
        URI.create("http://" + host + ":" + port),
        adminToken,
        helpUrl,
        maxBodyBytes,
        DEFAULT_MAX_IMPORT_BYTES,
        DEFAULT_FORM_ATTEMPTS_PER_MINUTE,
        DEFAULT_RESET_LINK_LIFETIME,
        // People see dates in the server's time zone, which is theirs: one institution, one place.
        Clock.systemDefaultZone());
  }
}
