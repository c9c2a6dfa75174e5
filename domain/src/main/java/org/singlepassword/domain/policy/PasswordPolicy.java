package org.singlepassword.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.password.PasswordHistory;

/**
 * The password policy: the rules every new password must meet, in the order a person reads them,
 * and how many recent passwords may not come back. {@link #check} names every unmet rule at once;
 * the history, which costs a hash comparison per remembered password, is judged apart and only for
 * a candidate that passes the cheap rules. A policy is made from a {@link PolicyProfile}'s values
 * ({@link #of}), or from the FAQ's rules alone ({@link #faq}).
 */
public final class PasswordPolicy {

  /** The FAQ's defaults. */
  public static final int MIN_LENGTH = 10;

  public static final int MAX_LENGTH = 128;
  public static final int HISTORY_DEPTH = 3;

  private final PolicyProfile profile;
  private final List<PasswordRule> rules;
  private final int historyDepth;

  /**
   * A policy of the given cheap rules and a history depth: the number of most recent passwords, the
   * current one included, that a new one may not repeat (0 turns the history off). The profile is
   * what the policy started from, as the policy API shows it.
   */
  public PasswordPolicy(PolicyProfile profile, List<PasswordRule> rules, int historyDepth) {
    if (historyDepth < 0) {
      throw new IllegalArgumentException("history depth cannot be negative: " + historyDepth);
    }
    this.profile = Objects.requireNonNull(profile, "profile");
    this.rules = List.copyOf(rules);
    this.historyDepth = historyDepth;
  }

  /** A policy of the given rules, shown as a variant of the FAQ's. */
  public PasswordPolicy(List<PasswordRule> rules, int historyDepth) {
    this(PolicyProfile.FAQ, rules, historyDepth);
  }

  /** The rules the FAQ lists, with its defaults, and nothing more. */
  public static PasswordPolicy faq() {
    return faq(MIN_LENGTH, MAX_LENGTH, ForbiddenCharacters.FAQ, HISTORY_DEPTH);
  }

  /** The rules the FAQ lists, and nothing more, with a site's own parameters. */
  public static PasswordPolicy faq(
      int minLength, int maxLength, String forbiddenCharacters, int historyDepth) {
    PolicyParameters parameters =
        new PolicyParameters(
            PolicyProfile.FAQ,
            minLength,
            maxLength,
            forbiddenCharacters,
            /* forbidWhitespace */ true,
            /* composition */ true,
            /* commonPasswords */ false,
            /* personalData */ false,
            /* similarity */ false,
            historyDepth);
    return of(parameters, CommonPasswords.none());
  }

  /**
   * The policy these values describe, the rules in the order a person reads them: length, forbidden
   * characters, the composition rule, then the common passwords, the person's own data and the
   * likeness to the current password; a rule switched off, or forbidding nothing, is left out.
   */
  public static PasswordPolicy of(PolicyParameters parameters, CommonPasswords commonPasswords) {
    Objects.requireNonNull(commonPasswords, "commonPasswords");
    List<PasswordRule> rules = new ArrayList<>();
    rules.add(new MinimumLength(parameters.minLength()));
    rules.add(new MaximumLength(parameters.maxLength()));
    ForbiddenCharacters forbidden =
        new ForbiddenCharacters(parameters.forbiddenCharacters(), parameters.forbidWhitespace());
    if (forbidden.forbidsAnything()) {
      rules.add(forbidden);
    }
    if (parameters.composition()) {
      rules.add(RequiredCharacters.uppercase(1));
      rules.add(RequiredCharacters.lowercase(1));
      rules.add(RequiredCharacters.digit(1));
    }
    if (parameters.commonPasswords()) {
      rules.add(new NotCommonPassword(commonPasswords));
    }
    if (parameters.personalData()) {
      rules.add(new NoPersonalData(NoPersonalData.LEAST_WORD_LENGTH));
    }
    if (parameters.similarity()) {
      rules.add(new NotSimilarToCurrent(NotSimilarToCurrent.MAX_EDITS));
    }
    return new PasswordPolicy(parameters.profile(), rules, parameters.historyDepth());
  }

  /** The profile this policy started from. */
  public PolicyProfile profile() {
    return profile;
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

  /**
   * Every cheap rule the candidate does not meet, knowing nothing around it; empty when it meets
   * them all.
   */
  public List<Violation> check(Password candidate) {
    return check(candidate, PasswordContext.none());
  }

  /** Every cheap rule the candidate does not meet in this context; empty when it meets them all. */
  public List<Violation> check(Password candidate, PasswordContext context) {
    Objects.requireNonNull(context, "context");
    List<Violation> unmet = new ArrayList<>();
    for (PasswordRule rule : rules) {
      rule.check(candidate, context).ifPresent(unmet::add);
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
