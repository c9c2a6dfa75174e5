package org.singlepassword.bootstrap.cli;

import java.io.PrintWriter;

/**
 * How far an import is, as {@code [#####.....] 2500/10000 rows} on standard error: redrawn in place
 * on a terminal, one line per step otherwise (a log file or CI output stays readable).
 */
final class ProgressBar {

  private static final int WIDTH = 10;

  private final PrintWriter err;
  private final boolean inPlace;
  private final int total;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean inPlace, int total) {
    this.err = err;
    this.inPlace = inPlace;
    this.total = total;
  }

  /** Shows that {@code done} of the rows are done. */
  void show(int done) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    String bar =
        "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " rows";
    if (inPlace) {
      err.print("\r" + bar);
      drawn = true;
    } else {
      err.println(bar);
    }
    err.flush();
  }

  /** Ends the redrawn line, so what is printed next starts on a line of its own. */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }
}
