package org.singlepassword.domain.policy;

import java.util.Map;
import java.util.Optional;
import org.singlepassword.domain.password.Password;

/**
 * An upper bound, so that a megabyte "password" cannot burn a server's CPU in the hasher. Never
 * below 64: people who use passphrases and password managers must not be turned away.
 */
public record MaximumLength(int max) implements PasswordRule {

  /** The least maximum a site may configure. */
  public static final int LEAST_ALLOWED = 64;

  public MaximumLength {
    if (max < LEAST_ALLOWED) {
      throw new IllegalArgumentException(
          "the maximum length must allow at least " + LEAST_ALLOWED + " characters, was " + max);
    }
  }

  @Override
  public RuleId id() {
    return RuleId.MAX_LENGTH;
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of("max", max);
  }

  @Override
  public Optional<Violation> check(Password candidate, PasswordContext context) {
    return candidate.length() > max ? Optional.of(Violation.of(this)) : Optional.empty();
  }
}
