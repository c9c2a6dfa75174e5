package org.singlepassword.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name a person signs in with, the same in every e-service. Normalised here (trimmed, lower
 * case) so that "Chan.TM" and "chan.tm " are one account.
 */
public record Username(String value) {

  public static final int MAX_LENGTH = 64;
  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

  public Username {
    Objects.requireNonNull(value, "username");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (!ALLOWED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a username is 1 to 64 of the letters a-z, digits and . _ @ -, starting with a letter"
              + " or digit");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
