package org.singlepassword.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the person's password notices and reset links go. Deliberately strict (no quoted local
 * parts, no comments, no control characters) because it ends up in mail headers.
 */
public record EmailAddress(String value) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Za-z0-9.!#%&'*+=?^_{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  public EmailAddress {
    Objects.requireNonNull(value, "e-mail address");
    value = value.strip();
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an e-mail address: expected name@example.edu");
    }
    int at = value.lastIndexOf('@');
    value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
