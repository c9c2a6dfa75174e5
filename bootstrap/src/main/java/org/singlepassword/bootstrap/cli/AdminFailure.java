package org.singlepassword.bootstrap.cli;

/**
 * Why an admin command stopped: one line for the administrator and an exit code for scripts. Its
 * message never holds the admin token or a password.
 */
final class AdminFailure extends RuntimeException {

  private final int exitCode;

  AdminFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** Nobody answered at the URL: the usual cause is a server that is not running. */
  static AdminFailure unreachable(String url) {
    return new AdminFailure(
        AdminCommand.UNAVAILABLE, "cannot reach Single-Password at " + url + ": is it running?");
  }

  /** The server, or the command line itself, said no to what was asked. */
  static AdminFailure refused(String message) {
    return new AdminFailure(AdminCommand.REFUSED, message);
  }

  int exitCode() {
    return exitCode;
  }
}
