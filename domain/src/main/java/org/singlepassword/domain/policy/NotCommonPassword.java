package org.singlepassword.domain.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.Password;

/**
 * Not one of the passwords attackers try first: the whole candidate, case ignored, is not on the
 * list of common passwords (NIST SP 800-63B's blocklist). "Password123" meets every rule of the
 * FAQ, and is on the list.
 */
public record NotCommonPassword(CommonPasswords list) implements PasswordRule {

  public NotCommonPassword {
    Objects.requireNonNull(list, "list");
  }

  @Override
  public RuleId id() {
    return RuleId.COMMON_PASSWORD;
  }

  /** How many passwords the list holds: the list itself is not published. */
  @Override
  public Map<String, Object> parameters() {
    return Map.of("listed", list.size());
  }

  @Override
  public Optional<Violation> check(Password candidate, PasswordContext context) {
    return list.contains(candidate) ? Optional.of(Violation.of(this)) : Optional.empty();
  }
}
