package org.singlepassword.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.password.PasswordHistory;

/**
 * The password policy: the rules every new password must meet, in the FAQ's order, and how many
 * recent passwords may not come back. {@link #check} names every unmet rule at once; the history,
 * which costs a hash comparison per remembered password, is judged apart and only for a candidate
 * that passes the cheap rules.
 */
public final class PasswordPolicy {

  /** The FAQ's defaults. */
  public static final int MIN_LENGTH = 10;

  public static final int MAX_LENGTH = 128;
  public static final int HISTORY_DEPTH = 3;

  private final List<PasswordRule> rules;
  private final int historyDepth;

  /**
   * A policy of the given cheap rules and a history depth: the number of most recent passwords, the
   * current one included, that a new one may not repeat (0 turns the history off).
   */
  public PasswordPolicy(List<PasswordRule> rules, int historyDepth) {
    if (historyDepth < 0) {
      throw new IllegalArgumentException("history depth cannot be negative: " + historyDepth);
    }
    this.rules = List.copyOf(rules);
    this.historyDepth = historyDepth;
  }

  /** The FAQ's policy with its defaults. */
  public static PasswordPolicy faq() {
    return faq(MIN_LENGTH, MAX_LENGTH, ForbiddenCharacters.FAQ, HISTORY_DEPTH);
  }

  /** The FAQ's rules with a site's own parameters. */
  public static PasswordPolicy faq(
      int minLength, int maxLength, String forbiddenCharacters, int historyDepth) {
    if (minLength > maxLength) {
      throw new IllegalArgumentException(
          "minimum length " + minLength + " is above maximum length " + maxLength);
    }
    return new PasswordPolicy(
        List.of(
            new MinimumLength(minLength),
            new MaximumLength(maxLength),
            new ForbiddenCharacters(forbiddenCharacters),
            RequiredCharacters.uppercase(1),
            RequiredCharacters.lowercase(1),
            RequiredCharacters.digit(1)),
        historyDepth);
  }

  /** The cheap rules, in the order a person reads them. */
  public List<PasswordRule> rules() {
    return rules;
  }

  /** How many most recent passwords, the current one included, may not be reused. */
  public int historyDepth() {
    return historyDepth;
  }

  /** The history requirement's parameters, as the policy API publishes them. */
  public Map<String, Object> historyParameters() {
    return Map.of("depth", historyDepth);
  }

  /** Every cheap rule the candidate does not meet; empty when it meets them all. */
  public List<Violation> check(Password candidate) {
    List<Violation> unmet = new ArrayList<>();
    for (PasswordRule rule : rules) {
      rule.check(candidate).ifPresent(unmet::add);
    }
    return List.copyOf(unmet);
  }

  /**
   * The history violation when the candidate repeats the current password, known in clear and
   * already verified (a change), or one of the earlier ones within the depth.
   */
  public Optional<Violation> checkHistory(
      Password candidate, Password current, PasswordHistory earlier, PasswordHasher hasher) {
    return historyViolation(() -> candidate.sameAs(current), candidate, earlier, hasher);
  }

  /**
   * The history violation when the candidate repeats the current password, known only by its hash
   * (a reset), or one of the earlier ones within the depth.
   */
  public Optional<Violation> checkHistory(
      Password candidate, PasswordHash current, PasswordHistory earlier, PasswordHasher hasher) {
    return historyViolation(() -> hasher.verify(candidate, current), candidate, earlier, hasher);
  }

  private Optional<Violation> historyViolation(
      BooleanSupplier isCurrent,
      Password candidate,
      PasswordHistory earlier,
      PasswordHasher hasher) {
    if (historyDepth == 0) {
      return Optional.empty();
    }
    boolean repeated =
        isCurrent.getAsBoolean() || earlier.contains(candidate, historyDepth - 1, hasher);
    return repeated
        ? Optional.of(new Violation(RuleId.HISTORY, historyParameters()))
        : Optional.empty();
  }

  /** How many earlier passwords an account must remember for this policy. */
  public int earlierPasswordsToKeep() {
    return Math.max(0, historyDepth - 1);
  }
}
