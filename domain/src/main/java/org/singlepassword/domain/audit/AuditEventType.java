package org.singlepassword.domain.audit;

/** The kinds of audited event; their names are stored, so they never change. */
public enum AuditEventType {
  ACCOUNT_CREATED,
  SIGN_IN_SUCCEEDED,
  SIGN_IN_FAILED,
  /** A sign-in refused without checking the password: the account is locked or disabled. */
  SIGN_IN_REFUSED,
  PASSWORD_CHANGED,
  /** A change refused because the current password given was wrong. */
  PASSWORD_CHANGE_REJECTED,
  ACCOUNT_LOCKED,
  ACCOUNT_UNLOCKED,
  PASSWORD_EXPIRED_BY_ADMINISTRATOR,
  ACCOUNT_DISABLED,
  ACCOUNT_ENABLED,
  /** "Forgot your password?": a reset link was sent to the account's e-mail address. */
  PASSWORD_RESET_REQUESTED,
  /** The mail system refused a notice about the account; IT should look at the mail setup. */
  NOTICE_NOT_SENT,
  /** Single sign-on: a CAS service ticket let the person into an e-service. */
  SERVICE_TICKET_ISSUED
}
