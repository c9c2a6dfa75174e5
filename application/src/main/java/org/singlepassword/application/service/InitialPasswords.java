package org.singlepassword.application.service;

import java.security.SecureRandom;
import java.util.Objects;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * Makes initial passwords that meet the policy and that a person can copy from a letter: no
 * look-alike characters (0/O, 1/l/I), none of the forbidden ones.
 */
public final class InitialPasswords {

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String ALL = UPPER + LOWER + DIGITS;
  private static final int LENGTH = 16;
  private static final int ATTEMPTS = 1000;

  private final PasswordPolicy policy;
  private final SecureRandom random;

  /**
   * @throws IllegalArgumentException when the policy forbids what initial passwords are made of:
   *     found at start, rather than as a provisioning that never ends
   */
  public InitialPasswords(PasswordPolicy policy, SecureRandom random) {
    this.policy = Objects.requireNonNull(policy);
    this.random = Objects.requireNonNull(random);
    generate();
  }

  /** A fresh random password that meets every cheap rule of the policy. */
  public Password generate() {
    int length = Math.max(LENGTH, minimumLength());
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(ALL.charAt(random.nextInt(ALL.length())));
      }
      Password candidate = Password.of(text.toString());
      // Rejection sampling keeps every character uniform; a miss (no digit, say) is rare.
      if (policy.check(candidate).isEmpty()) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "no initial password meets this policy: it forbids every character of a required class");
  }

  private int minimumLength() {
    return policy.rules().stream()
        .filter(rule -> rule.parameters().get("min") instanceof Integer)
        .mapToInt(rule -> (Integer) rule.parameters().get("min"))
        .max()
        .orElse(LENGTH);
  }
}
