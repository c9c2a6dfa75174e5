package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * How admin commands lay out what they print for people: {@code Key: value} lines with the values
 * in one column, or rows of cells in padded columns. A field the server left out or sent as null
 * shows as "-".
 */
final class AlignedText {

  private AlignedText() {}

  /** A field as text; a missing or null one as "-". */
  static String field(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isMissingNode() || value.isNull() ? "-" : value.asText();
  }

  /** {@code Key: value} lines, the values in one column. */
  static void printLines(PrintWriter out, Map<String, String> lines) {
    int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
    lines.forEach(
        (key, value) -> out.println(String.format("%-" + width + "s %s", key + ":", value)));
    out.flush();
  }

  /** Rows of cells, each column as wide as its widest cell; the last column is not padded. */
  static void printColumns(PrintWriter out, List<List<String>> rows) {
    int columns = rows.isEmpty() ? 0 : rows.get(0).size();
    int[] widths = new int[columns];
    rows.forEach(
        row -> {
          for (int column = 0; column < columns; column++) {
            widths[column] = Math.max(widths[column], row.get(column).length());
          }
        });
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < columns; column++) {
        String cell = row.get(column);
        line.append(
            column == columns - 1 ? cell : String.format("%-" + widths[column] + "s  ", cell));
      }
      out.println(line);
    }
    out.flush();
  }
}
