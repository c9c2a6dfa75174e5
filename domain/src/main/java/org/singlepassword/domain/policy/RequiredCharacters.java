package org.singlepassword.domain.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.password.Password;

/**
 * "At least one uppercase (A - Z), lowercase (a - z) and numeric (0 - 9) character": one rule per
 * class, each an ASCII range exactly as the FAQ writes it, so 'É' is not an uppercase letter here
 * and a full-width '１' is not a digit.
 */
public record RequiredCharacters(RuleId id, char from, char to, int minimum)
    implements PasswordRule {

  public RequiredCharacters {
    Objects.requireNonNull(id, "id");
    if (from > to) {
      throw new IllegalArgumentException("empty range " + from + "-" + to);
    }
    if (minimum < 1) {
      throw new IllegalArgumentException("a required class needs a minimum of at least 1");
    }
  }

  /** At least {@code minimum} of A-Z. */
  public static RequiredCharacters uppercase(int minimum) {
    return new RequiredCharacters(RuleId.UPPERCASE, 'A', 'Z', minimum);
  }

  /** At least {@code minimum} of a-z. */
  public static RequiredCharacters lowercase(int minimum) {
    return new RequiredCharacters(RuleId.LOWERCASE, 'a', 'z', minimum);
  }

  /** At least {@code minimum} of 0-9. */
  public static RequiredCharacters digit(int minimum) {
    return new RequiredCharacters(RuleId.DIGIT, '0', '9', minimum);
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("from", String.valueOf(from));
    parameters.put("to", String.valueOf(to));
    parameters.put("minimum", minimum);
    return parameters;
  }

  @Override
  public Optional<Violation> check(Password candidate, PasswordContext context) {
    long inRange = candidate.count(codePoint -> codePoint >= from && codePoint <= to);
    return inRange < minimum ? Optional.of(Violation.of(this)) : Optional.empty();
  }
}
