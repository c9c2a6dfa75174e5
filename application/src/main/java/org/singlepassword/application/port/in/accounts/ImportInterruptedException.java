package org.singlepassword.application.port.in.accounts;

import java.util.List;

/**
 * An import stopped part-way on a failure (the database went away): the rows before it are stored,
 * and their outcomes — initial passwords included — are here, so that none is lost; no row after
 * them was stored.
 */
public final class ImportInterruptedException extends RuntimeException {

  private final List<ImportedAccount> completed;

  public ImportInterruptedException(List<ImportedAccount> completed, RuntimeException cause) {
    super("the import stopped after " + completed.size() + " rows", cause);
    this.completed = List.copyOf(completed);
  }

  /** The outcomes of the rows stored before the failure, in the file's order. */
  public List<ImportedAccount> completed() {
    return completed;
  }
}
