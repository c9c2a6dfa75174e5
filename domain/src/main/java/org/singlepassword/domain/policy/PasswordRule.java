package org.singlepassword.domain.policy;

import java.util.Map;
import java.util.Optional;
import org.singlepassword.domain.password.Password;

/**
 * One requirement of the password policy that can be judged cheaply, from the candidate and what is
 * known around it ({@link PasswordContext}); most rules look at the candidate alone. The history,
 * which needs hash comparisons, is kept apart in {@link PasswordPolicy}.
 */
public interface PasswordRule {

  RuleId id();

  /** The rule's settings by name, in a stable order: what the policy API publishes. */
  Map<String, Object> parameters();

  /** The violation when the candidate, in this context, does not meet this rule. */
  Optional<Violation> check(Password candidate, PasswordContext context);

  /** The violation when the candidate, with nothing known around it, does not meet this rule. */
  default Optional<Violation> check(Password candidate) {
    return check(candidate, PasswordContext.none());
  }
}
