package org.singlepassword.application.port.in.sso;

/** The person must change the password (first-time login, or expired) before anything else. */
public final class PasswordChangeRequiredException extends RuntimeException {

  public PasswordChangeRequiredException() {
    super("the password must be changed first");
  }
}
