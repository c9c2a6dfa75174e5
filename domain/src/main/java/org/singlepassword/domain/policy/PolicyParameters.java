package org.singlepassword.domain.policy;

import java.util.Objects;

/**
 * The values a site chooses for its password policy: a {@link PolicyProfile}'s defaults, each of
 * which may be overridden. The switches turn whole rules on or off: the composition rule (A-Z, a-z
 * and 0-9), the list of common passwords, the person's own data, and the likeness to the current
 * password.
 */
public record PolicyParameters(
    PolicyProfile profile,
    int minLength,
    int maxLength,
    String forbiddenCharacters,
    boolean forbidWhitespace,
    boolean composition,
    boolean commonPasswords,
    boolean personalData,
    boolean similarity,
    int historyDepth) {

  public PolicyParameters {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(forbiddenCharacters, "forbiddenCharacters");
    if (minLength > maxLength) {
      throw new IllegalArgumentException(
          "minimum length " + minLength + " is above maximum length " + maxLength);
    }
    if (historyDepth < 0) {
      throw new IllegalArgumentException("history depth cannot be negative: " + historyDepth);
    }
  }
}
