package org.singlepassword.adapters.web.cas;

import java.util.Optional;
import java.util.regex.Pattern;
import org.singlepassword.domain.token.SecretToken;

/**
 * A service ticket as it travels: {@code ST-} and the token's URL-safe text, as the CAS protocol
 * says a service ticket begins. Only the token's hash is ever stored.
 */
final class TicketText {

  private static final String PREFIX = "ST-";

  // The token's own alphabet, and at most the 256 characters the protocol asks e-services to take.
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,253}");

  private TicketText() {}

  static String of(SecretToken token) {
    return PREFIX + token.reveal();
  }

  /** The token of a presented ticket; empty when the text cannot be one of ours. */
  static Optional<SecretToken> parse(String presented) {
    if (presented == null || !presented.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String token = presented.substring(PREFIX.length());
    return TOKEN.matcher(token).matches() ? Optional.of(SecretToken.of(token)) : Optional.empty();
  }
}
