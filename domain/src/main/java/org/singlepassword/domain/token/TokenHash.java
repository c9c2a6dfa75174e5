package org.singlepassword.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** The SHA-256 of a {@link SecretToken}: what is stored, and compared in constant time. */
public record TokenHash(String value) {

  public TokenHash {
    Objects.requireNonNull(value, "value");
  }

  /** Whether the presented token is the one this hash was made of, in constant time. */
  public boolean matches(SecretToken presented) {
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.US_ASCII),
        presented.hash().value().getBytes(StandardCharsets.US_ASCII));
  }
}
