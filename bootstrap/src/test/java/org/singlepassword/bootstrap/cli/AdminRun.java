package org.singlepassword.bootstrap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One run of {@code admin …} in this process: its exit code and what it printed. */
record AdminRun(int exitCode, String out, String err) {

  /** Runs the command line as {@code Main} does, with this environment, stderr not a terminal. */
  static AdminRun admin(Map<String, String> environment, String... args) {
    return admin(environment, false, args);
  }

  static AdminRun admin(Map<String, String> environment, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        new CommandLine(new AdminCommand(environment, terminal))
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new AdminRun(exitCode, out.toString(), err.toString());
  }

  /** Everything printed, to look for what must never be printed. */
  String printed() {
    return out + err;
  }
}
