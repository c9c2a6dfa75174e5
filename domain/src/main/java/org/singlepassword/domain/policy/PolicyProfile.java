package org.singlepassword.domain.policy;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A starting point for the password policy, chosen with one setting; each of its values can still
 * be overridden one by one. docs/standards.md compares both with NIST SP 800-63B-4 and OWASP ASVS
 * 5.0, rule by rule.
 */
public enum PolicyProfile {

  /**
   * The FAQ's policy, as people already know it (at least 10 characters, none of $ " \ / ` or
   * spaces, A-Z, a-z and 0-9, not one of the last 3, a change every 180 days), plus the three
   * protections no FAQ rule gives: no common password, none of the person's own data, no "Password1
   * → Password2".
   */
  FAQ("faq"),

  /**
   * NIST SP 800-63B-4's password verifier: at least 15 characters, every character allowed, no
   * composition rules, no forced regular change; the blocklist and the person's own data checked;
   * no history unless set.
   */
  NIST_800_63B("nist-800-63b");

  private final String id;

  PolicyProfile(String id) {
    this.id = id;
  }

  /** The name of the setting's value and of the policy API's {@code "profile"}. */
  public String id() {
    return id;
  }

  /** The profile of that name, if there is one. */
  public static Optional<PolicyProfile> byId(String id) {
    return Stream.of(values()).filter(profile -> profile.id.equals(id)).findFirst();
  }

  /** The policy's values in this profile, before any override. */
  public PolicyParameters defaults() {
    return switch (this) {
      case FAQ ->
          new PolicyParameters(
              this,
              /* minLength */ PasswordPolicy.MIN_LENGTH,
              /* maxLength */ PasswordPolicy.MAX_LENGTH,
              /* forbiddenCharacters */ ForbiddenCharacters.FAQ,
              /* forbidWhitespace */ true,
              /* composition */ true,
              /* commonPasswords */ true,
              /* personalData */ true,
              /* similarity */ true,
              /* historyDepth */ PasswordPolicy.HISTORY_DEPTH);
      case NIST_800_63B ->
          new PolicyParameters(
              this,
              /* minLength */ 15,
              /* maxLength */ PasswordPolicy.MAX_LENGTH,
              /* forbiddenCharacters */ "",
              /* forbidWhitespace */ false,
              /* composition */ false,
              /* commonPasswords */ true,
              /* personalData */ true,
              /* similarity */ false,
              /* historyDepth */ 0);
    };
  }

  /** Forced regular change in this profile: every 180 days for the FAQ, never for NIST. */
  public PasswordAging aging() {
    return switch (this) {
      case FAQ -> PasswordAging.defaults();
      case NIST_800_63B -> PasswordAging.never();
    };
  }
}
