package org.singlepassword.adapters.web.api.csv;

import java.nio.charset.StandardCharsets;

/**
 * Writes CSV as RFC 4180 says: CRLF after every record, a field in double quotes when it holds a
 * comma, a quote or a line break, its quotes doubled. It may hold passwords, so it never prints
 * what it wrote.
 */
public final class CsvWriter {

  private final StringBuilder csv = new StringBuilder();

  /** Adds a record whose fields are written as they are. */
  public CsvWriter record(String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quotedIfNeeded(fields[i]));
    }
    csv.append("\r\n");
    return this;
  }

  /**
   * A field that echoes what somebody typed, made safe to open in a spreadsheet: one starting with
   * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some
   * spreadsheets skip before looking) is prefixed with {@code '}. Excel, LibreOffice and Google
   * Sheets run such a cell as a formula, so a "username" like {@code =HYPERLINK(...)} in an
   * uploaded file would otherwise run on IT's computer when they open the report (CSV injection).
   */
  public static String neutralised(String field) {
    if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
      return "'" + field;
    }
    return field;
  }

  public byte[] toUtf8() {
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quotedIfNeeded(String field) {
    boolean needsQuotes =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\r') >= 0
            || field.indexOf('\n') >= 0;
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
