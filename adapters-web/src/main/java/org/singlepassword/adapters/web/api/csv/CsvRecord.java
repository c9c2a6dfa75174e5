package org.singlepassword.adapters.web.api.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a CSV file: the line it starts on (from 1), its fields, and, when its quoting was
 * broken, what was wrong; the fields of such a record are only what could be read.
 */
public record CsvRecord(int line, List<String> fields, Optional<String> malformed) {

  public CsvRecord {
    fields = List.copyOf(fields);
    Objects.requireNonNull(malformed, "malformed");
  }
}
