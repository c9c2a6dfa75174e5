package org.singlepassword.domain.policy;

import java.util.Map;
import java.util.Optional;
import org.singlepassword.domain.password.Password;

/** "At least 10 characters long", counting characters as a person does (code points). */
public record MinimumLength(int min) implements PasswordRule {

  public MinimumLength {
    if (min < 1) {
      throw new IllegalArgumentException("the minimum length must be at least 1, was " + min);
    }
  }

  @Override
  public RuleId id() {
    return RuleId.MIN_LENGTH;
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of("min", min);
  }

  @Override
  public Optional<Violation> check(Password candidate, PasswordContext context) {
    return candidate.length() < min ? Optional.of(Violation.of(this)) : Optional.empty();
  }
}
