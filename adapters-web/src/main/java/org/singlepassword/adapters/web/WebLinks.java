package org.singlepassword.adapters.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.application.port.out.Links;
import org.singlepassword.domain.token.SecretToken;

/**
 * Outgoing adapter, kept beside the routes it names: the addresses that e-mails link to, under the
 * public address people reach Single-Password at ({@code SPS_PUBLIC_URL}), which may differ from
 * the one the server listens on behind a reverse proxy.
 */
public final class WebLinks implements Links {

  private final String base;

  /**
   * @param publicUrl an http(s) address, with or without a path and a trailing slash, and with no
   *     query or fragment
   */
  public WebLinks(URI publicUrl) {
    Objects.requireNonNull(publicUrl, "publicUrl");
    String scheme = publicUrl.getScheme();
    boolean web = "https".equals(scheme) || "http".equals(scheme);
    // The address goes into e-mails that people trust: it must be a plain web address.
    if (!web || publicUrl.getHost() == null || publicUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the public address is an http(s) address: " + publicUrl);
    }
    if (publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the public address has no query or fragment: " + publicUrl);
    }
    String address = publicUrl.toString();
    while (address.endsWith("/")) {
      address = address.substring(0, address.length() - 1);
    }
    this.base = address;
  }

  @Override
  public URI passwordReset(SecretToken token) {
    Objects.requireNonNull(token, "token");
    return URI.create(
        base
            + Paths.RESET_PASSWORD
            + "?token="
            + URLEncoder.encode(token.reveal(), StandardCharsets.UTF_8));
  }
}
