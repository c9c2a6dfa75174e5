package org.singlepassword.adapters.web.reset;

import java.util.Optional;
import java.util.regex.Pattern;
import org.singlepassword.domain.token.SecretToken;

/**
 * The token of a reset link, as a page or the API receives it. Only its shape is judged here: the
 * URL-safe characters our links carry, and no more than a token could be. Whether it works is the
 * use case's to say, with one answer for a token unknown, used, expired or replaced.
 */
public final class ResetLinkToken {

  /** Links carry 43 characters; the room above that leaves the core free to grow its tokens. */
  public static final int MAX_LENGTH = 128;

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

  private ResetLinkToken() {}

  /** The token, or empty when the text cannot be one (missing, garbage, too long). */
  public static Optional<SecretToken> parse(String text) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(SecretToken.of(text));
  }
}
