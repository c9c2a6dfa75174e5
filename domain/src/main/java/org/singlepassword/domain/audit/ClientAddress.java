package org.singlepassword.domain.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The network address a person acted from (an IPv4 or IPv6 address), as the audit records it and as
 * rate limits key on it. An e-service passes its user's address; its own is not the person's.
 */
public record ClientAddress(String value) {

  /** IPv4, IPv6 (with an optional zone such as {@code %eth0}): the characters, not the grammar. */
  private static final Pattern SHAPE =
      Pattern.compile("(?=.*[0-9A-Fa-f])[0-9A-Fa-f.:]{2,45}(%[A-Za-z0-9_.-]{1,18})?");

  public ClientAddress {
    Objects.requireNonNull(value, "client address");
    value = value.strip();
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a client address is an IPv4 or IPv6 address");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
