package org.singlepassword.domain.policy;

import java.util.Map;
import java.util.Optional;
import org.singlepassword.domain.password.Password;

/**
 * Not the current password with a few keys changed ("Password1" → "Password2"): at a change, where
 * the current password is known as typed, the new one must differ from it in more than the case and
 * the numbers, and by more than {@code maxEdits} characters. Where the current password is not
 * known (a reset link, an issued password), the rule does not apply.
 */
public record NotSimilarToCurrent(int maxEdits) implements PasswordRule {

  /** Two edits or fewer is too similar, as the standards profile asks. */
  public static final int MAX_EDITS = 2;

  public NotSimilarToCurrent {
    if (maxEdits < 0) {
      throw new IllegalArgumentException("the edits allowed cannot be negative, was " + maxEdits);
    }
  }

  @Override
  public RuleId id() {
    return RuleId.TOO_SIMILAR;
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of("maxEdits", maxEdits);
  }

  @Override
  public Optional<Violation> check(Password candidate, PasswordContext context) {
    return context
        .current()
        .filter(current -> candidate.resembles(current, maxEdits))
        .map(current -> Violation.of(this));
  }
}
