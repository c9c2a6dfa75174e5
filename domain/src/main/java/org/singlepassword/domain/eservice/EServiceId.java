package org.singlepassword.domain.eservice;

import java.util.Objects;
import java.util.regex.Pattern;

/** The short, stable name of an e-service, such as {@code soul} or {@code learner-portal}. */
public record EServiceId(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public EServiceId {
    Objects.requireNonNull(value, "e-service id");
    if (!ALLOWED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an e-service id is 1 to 64 of a-z, 0-9 and -, starting with a letter or digit");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
