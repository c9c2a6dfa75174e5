package org.singlepassword.application.port.in.reset;

/**
 * The reset link cannot be used: unknown, already used, expired, replaced by a newer one, or the
 * password was changed meanwhile. One answer for all, so a guesser learns nothing.
 */
public final class InvalidResetLinkException extends RuntimeException {

  public InvalidResetLinkException() {
    super("this reset link is not valid: it may have expired or been used already");
  }
}
