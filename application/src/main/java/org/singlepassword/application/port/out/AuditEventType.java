package org.singlepassword.application.port.out;

/** The kinds of audited event; their names are stored, so they never change. */
public enum AuditEventType {
  ACCOUNT_CREATED,
  SIGN_IN_SUCCEEDED,
  SIGN_IN_FAILED,
  PASSWORD_CHANGED,
  PASSWORD_CHANGE_REJECTED
}
