package org.singlepassword.bootstrap.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough RFC 4180 for the import: where one record ends (a quoted field may hold a line break,
 * so a record is not always a line) and what a record's fields are. Records are passed on to the
 * server as they were written; only the header and the result column are read here.
 */
final class CsvRecords {

  private CsvRecords() {}

  /**
   * The records of a CSV text, without their line ends ({@code \n} or {@code \r\n}) and without
   * blank ones.
   */
  static List<String> split(String text) {
    List<String> records = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (character == '"') {
        // An escaped quote ("") toggles twice: the field stays quoted.
        quoted = !quoted;
      } else if (character == '\n' && !quoted) {
        addUnlessBlank(records, text.substring(start, index));
        start = index + 1;
      }
    }
    addUnlessBlank(records, text.substring(start));
    return records;
  }

  /** The fields of one record, quotes removed and {@code ""} read as one quote. */
  static List<String> fields(String record) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int index = 0; index < record.length(); index++) {
      char character = record.charAt(index);
      if (quoted
          && character == '"'
          && index + 1 < record.length()
          && record.charAt(index + 1) == '"') {
        field.append('"');
        index++;
      } else if (character == '"') {
        quoted = !quoted;
      } else if (character == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(character);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static void addUnlessBlank(List<String> records, String line) {
    String record = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    if (!record.isBlank()) {
      records.add(record);
    }
  }
}
