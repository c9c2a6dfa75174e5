package org.singlepassword.domain.account;

/** Where an account stands, as e-services see it at sign-in. */
public enum AccountStatus {
  /** The password works everywhere. */
  ACTIVE,
  /** Signed in with an issued initial password: it must be changed before anything else. */
  MUST_CHANGE_PASSWORD
}
