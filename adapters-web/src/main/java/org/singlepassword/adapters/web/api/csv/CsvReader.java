package org.singlepassword.adapters.web.api.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (a bare LF or CR is
 * taken too, as spreadsheets on every system write one or the other), a field in double quotes may
 * hold commas, line breaks and doubled quotes ({@code ""} for {@code "}).
 *
 * <p>A record whose quoting is broken (a quote inside an unquoted field, text after a closing
 * quote) is kept and marked malformed, and reading goes on at the next line, so that one bad row
 * never hides the good ones. Only a quoted field that never ends stops the whole file. Empty lines
 * carry nothing and are skipped.
 */
public final class CsvReader {

  private static final char QUOTE = '"';
  private static final char COMMA = ',';

  private final String text;
  private int position;
  private int line = 1;

  private CsvReader(String text) {
    this.text = text;
  }

  /**
   * Every record of the text, in order.
   *
   * @throws CsvSyntaxException when a quoted field is never closed
   */
  public static List<CsvRecord> read(String text) {
    return new CsvReader(text).records();
  }

  private List<CsvRecord> records() {
    List<CsvRecord> records = new ArrayList<>();
    while (position < text.length()) {
      if (atLineBreak()) {
        skipLineBreak();
        continue;
      }
      records.add(record());
    }
    return records;
  }

  private CsvRecord record() {
    int startLine = line;
    List<String> fields = new ArrayList<>();
    while (true) {
      StringBuilder field = new StringBuilder();
      Optional<String> malformed =
          position < text.length() && text.charAt(position) == QUOTE
              ? quoted(field)
              : unquoted(field);
      fields.add(field.toString());
      if (malformed.isPresent()) {
        skipRestOfLine();
        return new CsvRecord(startLine, fields, malformed);
      }
      if (position < text.length() && text.charAt(position) == COMMA) {
        position++;
        continue;
      }
      skipLineBreak();
      return new CsvRecord(startLine, fields, Optional.empty());
    }
  }

  private Optional<String> unquoted(StringBuilder field) {
    while (position < text.length() && !atLineBreak()) {
      char c = text.charAt(position);
      if (c == COMMA) {
        return Optional.empty();
      }
      if (c == QUOTE) {
        return Optional.of(
            "a quote inside a field needs the whole field in quotes and the quote doubled");
      }
      field.append(c);
      position++;
    }
    return Optional.empty();
  }

  private Optional<String> quoted(StringBuilder field) {
    int openedOn = line;
    position++;
    while (true) {
      if (position >= text.length()) {
        throw new CsvSyntaxException(
            openedOn, "a quoted field starting on line " + openedOn + " is never closed");
      }
      char c = text.charAt(position);
      if (c == QUOTE) {
        if (position + 1 < text.length() && text.charAt(position + 1) == QUOTE) {
          field.append(QUOTE);
          position += 2;
          continue;
        }
        position++;
        boolean fieldEnds =
            position >= text.length() || atLineBreak() || text.charAt(position) == COMMA;
        return fieldEnds
            ? Optional.empty()
            : Optional.of("after a closing quote comes a comma or the end of the line");
      }
      if (c == '\n'
          || (c == '\r' && !(position + 1 < text.length() && text.charAt(position + 1) == '\n'))) {
        line++;
      }
      field.append(c);
      position++;
    }
  }

  private boolean atLineBreak() {
    char c = text.charAt(position);
    return c == '\r' || c == '\n';
  }

  private void skipLineBreak() {
    if (position >= text.length()) {
      return;
    }
    if (text.charAt(position) == '\r') {
      position++;
      if (position < text.length() && text.charAt(position) == '\n') {
        position++;
      }
    } else if (text.charAt(position) == '\n') {
      position++;
    }
    line++;
  }

  private void skipRestOfLine() {
    while (position < text.length() && !atLineBreak()) {
      position++;
    }
    skipLineBreak();
  }
}
