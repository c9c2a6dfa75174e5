package org.singlepassword.bootstrap;

import java.util.Arrays;
import org.singlepassword.bootstrap.cli.AdminCommand;
import org.slf4j.LoggerFactory;

/**
 * Starts Single-Password from the command line with settings from the environment, and stops it
 * cleanly (database shut down) on Ctrl-C or SIGTERM. With {@code admin} first, the same jar is the
 * administrators' command line instead, talking to a running service.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("admin")) {
      System.exit(AdminCommand.run(Arrays.copyOfRange(args, 1, args.length)));
      return;
    }
    Settings settings;
    try {
      settings = Settings.fromEnvironment();
    } catch (IllegalArgumentException invalid) {
      System.err.println("single-password: " + invalid.getMessage());
      System.exit(2);
      return;
    }
    SinglePassword service;
    try {
      service = SinglePassword.start(settings);
    } catch (RuntimeException failed) {
      // The cause goes to the log; the operator first reads one line saying what to look at.
      LoggerFactory.getLogger(Main.class).error("Start failed", failed);
      System.err.println("single-password: could not start: " + rootCause(failed).getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "single-password-stop"));
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
