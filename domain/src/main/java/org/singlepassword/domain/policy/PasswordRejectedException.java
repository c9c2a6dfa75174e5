package org.singlepassword.domain.policy;

import java.util.List;

/**
 * The new password does not meet the policy. Carries every unmet requirement at once, so that a
 * person can fix them all in one go; never the password itself.
 */
public final class PasswordRejectedException extends RuntimeException {

  private final List<Violation> unmet;

  public PasswordRejectedException(List<Violation> unmet) {
    super("password rejected by rules " + unmet.stream().map(Violation::rule).toList());
    if (unmet.isEmpty()) {
      throw new IllegalArgumentException("a rejection names at least one unmet rule");
    }
    this.unmet = List.copyOf(unmet);
  }

  public List<Violation> unmet() {
    return unmet;
  }
}
