package org.singlepassword.domain.account;

/** Where an account stands, as e-services see it at sign-in. */
public enum AccountStatus {
  /** The password works everywhere. */
  ACTIVE,
  /** Signed in with an issued initial password: it must be changed before anything else. */
  MUST_CHANGE_PASSWORD,
  /** Older than the maximum age, or expired by an administrator: it must be changed first. */
  PASSWORD_EXPIRED,
  /** Switched off by an administrator: no sign-in anywhere. */
  DISABLED;

  /** Whether the person must change the password before anything else. */
  public boolean requiresPasswordChange() {
    return this == MUST_CHANGE_PASSWORD || this == PASSWORD_EXPIRED;
  }
}
