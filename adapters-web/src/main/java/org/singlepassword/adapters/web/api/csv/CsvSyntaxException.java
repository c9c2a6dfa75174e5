package org.singlepassword.adapters.web.api.csv;

/**
 * A CSV file that cannot be split into records at all: a quoted field that never ends swallows the
 * rest of the file, so no record after it can be trusted.
 */
public final class CsvSyntaxException extends RuntimeException {

  private final int line;

  public CsvSyntaxException(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  /** The line the unreadable part starts on, from 1. */
  public int line() {
    return line;
  }
}
